package dev.victor.client;

import dev.victor.client.error.VictorCallFailure;
import dev.victor.client.model.AccountDetails;
import dev.victor.client.model.AccountListItem;
import dev.victor.client.model.AccountsFilter;
import dev.victor.client.model.Counterparty;
import dev.victor.client.model.CreateBookExternalTransferRequest;
import dev.victor.client.model.CreateBookTransferRequest;
import dev.victor.client.model.CreateRtpSendRequest;
import dev.victor.client.model.InstantPaymentEligibility;
import dev.victor.client.model.LedgeringAccountCreateRequest;
import dev.victor.client.model.LedgeringAccountCreateResponse;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.client.model.NewPaymentRequest;
import dev.victor.client.model.NewWebhookRequest;
import dev.victor.client.model.PagedRequest;
import dev.victor.client.model.PagedResponse;
import dev.victor.client.model.PaymentRequest;
import dev.victor.client.model.PaymentRequestDecision;
import dev.victor.client.model.PaymentRequestsFilter;
import dev.victor.client.model.RoutingNumberType;
import dev.victor.client.model.RoutingNumberValidation;
import dev.victor.client.model.Sweep;
import dev.victor.client.model.SweepRequest;
import dev.victor.client.model.TransactionDetails;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.client.model.TransactionsFilter;
import dev.victor.client.model.UpdateAchPaymentRequest;
import dev.victor.client.model.UpdateCounterpartyRequest;
import dev.victor.client.model.WebhookConfiguration;
import dev.victor.client.model.WebhookDeliveriesFilter;
import dev.victor.client.model.WebhookDelivery;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Reactive client of the Victor payments API v2, one method per Victor operation (see
 * {@link VictorOperation} for each operationId, path and reference page). Nothing happens
 * until the returned publisher is subscribed.
 * <p>
 * Every request is signed. Every call of an operation that takes an
 * {@code Idempotency-Key} carries one: the caller's, from {@link RequestOptions}, or one
 * generated when the method is called, so resubscribing the returned {@code Mono} repeats
 * the same call. {@code listX} methods follow every page lazily, fetching the next page
 * only once the items of the current one are consumed (never more than one page ahead);
 * {@code getXPage} methods return one page with its metadata.
 * <p>
 * Failures, for every method:
 * <ul>
 * <li>the method throws {@link dev.victor.client.error.VictorValidationException} at
 * once, listing every violated field, for a request that breaks Victor's documented
 * constraints, and {@link IllegalArgumentException} for a missing request or blank id;
 * nothing is sent;</li>
 * <li>the publisher signals a {@link dev.victor.client.error.VictorApiException} subtype
 * for an error status ({@code VictorBadRequestException} for 400/422 with Victor's field
 * errors, {@code VictorNotFoundException} for 404, {@code VictorAuthenticationException},
 * {@code VictorPermissionException}, {@code VictorConflictException},
 * {@code VictorRateLimitException}, {@code VictorServerException}), a Spring
 * {@code WebClientResponseException};</li>
 * <li>and a {@link dev.victor.client.error.VictorTransportException} when no response
 * came, saying whether the request may have been sent and carrying the idempotency
 * key.</li>
 * </ul>
 * Transient failures of replay-safe calls (GETs and keyed creates) are retried before
 * anything is signalled. For Spring MVC and other blocking code, use {@link #blocking()}.
 *
 * @since 0.1.0
 */
public interface VictorPaymentsClient {

	// Accounts

	/**
	 * List every account of the caller, ledgered and core ({@code getAccounts}).
	 * @return all accounts, page after page
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/accounts/">Victor reference:
	 * Accounts</a>
	 */
	Flux<AccountListItem> listAccounts();

	/**
	 * List every account of the caller that matches a filter ({@code getAccounts}).
	 * @param filter which accounts
	 * @return the matching accounts, page after page
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/accounts/">Victor reference:
	 * Accounts</a>
	 */
	Flux<AccountListItem> listAccounts(AccountsFilter filter);

	/**
	 * Return one page of the caller's accounts ({@code getAccounts}).
	 * @param filter which accounts
	 * @param page which page
	 * @return the page with its metadata
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/accounts/">Victor reference:
	 * Accounts</a>
	 */
	Mono<PagedResponse<AccountListItem>> getAccountsPage(AccountsFilter filter, PagedRequest page);

	/**
	 * Read one account ({@code getAccount}); a {@code VictorNotFoundException} if there
	 * is none.
	 * @param victorAccountId the Victor account ID
	 * @return the account
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/accounts/">Victor reference:
	 * Accounts</a>
	 */
	Mono<AccountDetails> getAccount(String victorAccountId);

	/**
	 * Read one account ({@code getAccount}), optionally refreshing its balance from the
	 * external system first; a {@code VictorNotFoundException} if there is none.
	 * @param victorAccountId the Victor account ID
	 * @param refreshBalance whether Victor refreshes the balance first
	 * ({@code refresh_balance})
	 * @return the account
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/accounts/">Victor reference:
	 * Accounts</a>
	 */
	Mono<AccountDetails> getAccount(String victorAccountId, boolean refreshBalance);

	// Account sweeping

	/**
	 * List every sweep configuration ({@code getAccountSweeps}; Victor returns them all
	 * at once).
	 * @return the sweeps
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/account-sweeping/">Victor
	 * reference: Account Sweeping</a>
	 */
	Flux<Sweep> getAccountSweeps();

	/**
	 * Create sweep settings between two accounts ({@code createSweep}) with a generated
	 * idempotency key; a {@code VictorBadRequestException} with field errors if Victor
	 * refuses them.
	 * @param request the sweep settings
	 * @return the created sweep
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/account-sweeping/">Victor
	 * reference: Account Sweeping</a>
	 */
	Mono<Sweep> createSweep(SweepRequest request);

	/**
	 * Create sweep settings between two accounts ({@code createSweep}).
	 * @param request the sweep settings
	 * @param options per-call options, such as the caller's idempotency key
	 * @return the created sweep
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/account-sweeping/">Victor
	 * reference: Account Sweeping</a>
	 */
	Mono<Sweep> createSweep(SweepRequest request, RequestOptions options);

	/**
	 * Read one sweep configuration ({@code getAccountSweep}); a
	 * {@code VictorNotFoundException} if there is none.
	 * @param sweepId the sweep ID
	 * @return the sweep
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/account-sweeping/">Victor
	 * reference: Account Sweeping</a>
	 */
	Mono<Sweep> getAccountSweep(long sweepId);

	/**
	 * Replace the settings of a sweep ({@code PUT /v2/sweep/{sweepId}}; operationId
	 * unconfirmed). Not retried once it may have been sent.
	 * @param sweepId the sweep ID
	 * @param request the new settings
	 * @return the updated sweep
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/account-sweeping/">Victor
	 * reference: Account Sweeping</a>
	 */
	Mono<Sweep> updateSweep(long sweepId, SweepRequest request);

	// Transactions

	/**
	 * List every transaction of one account that matches a filter
	 * ({@code getTransactions}).
	 * @param filter the account, and optionally a date range and type
	 * @return the transactions, page after page
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/transactions/">Victor
	 * reference: Transactions</a>
	 */
	Flux<TransactionDetails> listTransactions(TransactionsFilter filter);

	/**
	 * Return one page of an account's transactions ({@code getTransactions}).
	 * @param filter the account, and optionally a date range and type
	 * @param page which page
	 * @return the page with its metadata
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/transactions/">Victor
	 * reference: Transactions</a>
	 */
	Mono<PagedResponse<TransactionDetails>> getTransactionsPage(TransactionsFilter filter, PagedRequest page);

	/**
	 * Read one transaction ({@code getTransactionById}); a
	 * {@code VictorNotFoundException} if there is none.
	 * @param reference the Victor transaction ID or the caller's client reference
	 * @return the transaction
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/transactions/">Victor
	 * reference: Transactions</a>
	 */
	Mono<TransactionDetails> getTransaction(String reference);

	// Payments

	/**
	 * Create an ACH credit or debit ({@code createAchPayment}) with a generated
	 * idempotency key.
	 * @param request the payment
	 * @return the receipt of the accepted payment
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/payments/">Victor reference:
	 * Payments</a>
	 */
	Mono<TransactionReceipt> createAchPayment(NewAchPaymentRequest request);

	/**
	 * Create an ACH credit or debit ({@code createAchPayment}).
	 * @param request the payment
	 * @param options per-call options, such as the caller's idempotency key
	 * @return the receipt of the accepted payment
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/payments/">Victor reference:
	 * Payments</a>
	 */
	Mono<TransactionReceipt> createAchPayment(NewAchPaymentRequest request, RequestOptions options);

	/**
	 * Read one ACH payment ({@code GET /v2/payments/ach/{victorTransactionId}};
	 * operationId and response schema unconfirmed); a {@code VictorNotFoundException} if
	 * there is none.
	 * @param victorTransactionId the Victor transaction ID
	 * @return the payment
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/payments/">Victor reference:
	 * Payments</a>
	 */
	Mono<TransactionDetails> getAchPayment(String victorTransactionId);

	/**
	 * Update an ACH payment, which Victor documents for cancelling one that is still
	 * {@code Pending} ({@code updateAchPayment}; method, path and schemas unconfirmed).
	 * Not retried once it may have been sent.
	 * @param victorTransactionId the Victor transaction ID
	 * @param request the update, such as {@link UpdateAchPaymentRequest#cancel()}
	 * @return the payment after the update
	 * @see <a href="https://docs.victorfi.com/reference/updateachpayment">Victor
	 * reference: updateAchPayment</a>
	 */
	Mono<TransactionDetails> updateAchPayment(String victorTransactionId, UpdateAchPaymentRequest request);

	/**
	 * Send an irrevocable RTP credit push ({@code createRtpSendRequest}; path
	 * unconfirmed) with a generated idempotency key.
	 * @param request the payment
	 * @return the receipt of the accepted payment
	 * @see <a href="https://docs.victorfi.com/reference/creatertpsendrequest">Victor
	 * reference: createRtpSendRequest</a>
	 */
	Mono<TransactionReceipt> createRtpSendRequest(CreateRtpSendRequest request);

	/**
	 * Send an irrevocable RTP credit push ({@code createRtpSendRequest}; path
	 * unconfirmed).
	 * @param request the payment
	 * @param options per-call options, such as the caller's idempotency key
	 * @return the receipt of the accepted payment
	 * @see <a href="https://docs.victorfi.com/reference/creatertpsendrequest">Victor
	 * reference: createRtpSendRequest</a>
	 */
	Mono<TransactionReceipt> createRtpSendRequest(CreateRtpSendRequest request, RequestOptions options);

	// Book transfers

	/**
	 * Move money between two of the caller's accounts ({@code createBookTransfer}) with a
	 * generated idempotency key.
	 * @param request the transfer
	 * @return the receipt of the accepted transfer
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/book-transfers/">Victor
	 * reference: Book Transfers</a>
	 */
	Mono<TransactionReceipt> createBookTransfer(CreateBookTransferRequest request);

	/**
	 * Move money between two of the caller's accounts ({@code createBookTransfer}).
	 * @param request the transfer
	 * @param options per-call options, such as the caller's idempotency key
	 * @return the receipt of the accepted transfer
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/book-transfers/">Victor
	 * reference: Book Transfers</a>
	 */
	Mono<TransactionReceipt> createBookTransfer(CreateBookTransferRequest request, RequestOptions options);

	/**
	 * Move money to another client's account at the same bank
	 * ({@code createBookExternalTransfer}) with a generated idempotency key.
	 * @param request the transfer
	 * @return the receipt of the accepted transfer
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/book-transfers/">Victor
	 * reference: Book Transfers</a>
	 */
	Mono<TransactionReceipt> createBookExternalTransfer(CreateBookExternalTransferRequest request);

	/**
	 * Move money to another client's account at the same bank
	 * ({@code createBookExternalTransfer}).
	 * @param request the transfer
	 * @param options per-call options, such as the caller's idempotency key
	 * @return the receipt of the accepted transfer
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/book-transfers/">Victor
	 * reference: Book Transfers</a>
	 */
	Mono<TransactionReceipt> createBookExternalTransfer(CreateBookExternalTransferRequest request,
			RequestOptions options);

	// Counterparties

	/**
	 * List every counterparty ({@code getCounterparties}).
	 * @return all counterparties, page after page
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/counterparties/">Victor
	 * reference: Counterparties</a>
	 */
	Flux<Counterparty> listCounterparties();

	/**
	 * Return one page of counterparties ({@code getCounterparties}).
	 * @param page which page
	 * @return the page with its metadata
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/counterparties/">Victor
	 * reference: Counterparties</a>
	 */
	Mono<PagedResponse<Counterparty>> getCounterpartiesPage(PagedRequest page);

	/**
	 * Create a counterparty ({@code createCounterparty}). Victor takes no idempotency key
	 * here, so the call is not retried once it may have been sent.
	 * @param request the counterparty
	 * @return the created counterparty
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/counterparties/">Victor
	 * reference: Counterparties</a>
	 */
	Mono<Counterparty> createCounterparty(NewCounterpartyRequest request);

	/**
	 * Read one counterparty ({@code getCounterparty}); a {@code VictorNotFoundException}
	 * if there is none.
	 * @param victorCounterpartyId the Victor counterparty ID
	 * @return the counterparty
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/counterparties/">Victor
	 * reference: Counterparties</a>
	 */
	Mono<Counterparty> getCounterparty(String victorCounterpartyId);

	/**
	 * Update a counterparty, for example to add wire or RTP instructions ({@code PUT
	 * /v2/counterparties/{victorCounterpartyId}}; operationId and schema unconfirmed).
	 * Not retried once it may have been sent.
	 * @param victorCounterpartyId the Victor counterparty ID
	 * @param request the fields to change
	 * @return the updated counterparty
	 * @see <a href="https://docs.victorfi.com/reference/updatecounterparty">Victor
	 * reference: updateCounterparty</a>
	 */
	Mono<Counterparty> updateCounterparty(String victorCounterpartyId, UpdateCounterpartyRequest request);

	// Banking

	/**
	 * Tell whether a bank is reachable on RTP or FedNow, and for which services
	 * ({@code instantPaymentBankEligibility}); a {@code VictorNotFoundException} for an
	 * unknown routing number.
	 * @param routingNumber the nine-digit routing number, checked before sending
	 * @return the eligibility
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/banking/">Victor reference:
	 * Banking</a>
	 */
	Mono<InstantPaymentEligibility> getInstantPaymentEligibility(String routingNumber);

	/**
	 * Validate a routing number for ACH or wire payments ({@code validateRoutingNumber}).
	 * @param routingNumber the nine-digit routing number, checked before sending
	 * @param type the payment type to validate it for
	 * @return Victor's verdict
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/banking/">Victor reference:
	 * Banking</a>
	 */
	Mono<RoutingNumberValidation> validateRoutingNumber(String routingNumber, RoutingNumberType type);

	// Ledgering

	/**
	 * Create a virtual account in a ledgering program ({@code createAccount}). Victor
	 * takes no idempotency key here, so the call is not retried once it may have been
	 * sent.
	 * @param request the account
	 * @return the created account
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/ledgering/">Victor
	 * reference: Ledgering</a>
	 */
	Mono<LedgeringAccountCreateResponse> createLedgeringAccount(LedgeringAccountCreateRequest request);

	/**
	 * List every account of a ledgering program ({@code getLedgeringAccounts}).
	 * @param ledgeringProgramId the ledgering program ID
	 * @return the accounts, page after page
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/ledgering/">Victor
	 * reference: Ledgering</a>
	 */
	Flux<AccountListItem> listLedgeringAccounts(long ledgeringProgramId);

	/**
	 * Return one page of a ledgering program's accounts ({@code getLedgeringAccounts}).
	 * @param ledgeringProgramId the ledgering program ID
	 * @param page which page
	 * @return the page with its metadata
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/ledgering/">Victor
	 * reference: Ledgering</a>
	 */
	Mono<PagedResponse<AccountListItem>> getLedgeringAccountsPage(long ledgeringProgramId, PagedRequest page);

	// Payment requests

	/**
	 * List every inbound and outbound request for payment ({@code listPaymentRequests}).
	 * @return the requests for payment, page after page
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/payment-requests/">Victor
	 * reference: Payment Requests</a>
	 */
	Flux<PaymentRequest> listPaymentRequests();

	/**
	 * List every request for payment that matches a filter ({@code listPaymentRequests}).
	 * @param filter which requests
	 * @return the requests for payment, page after page
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/payment-requests/">Victor
	 * reference: Payment Requests</a>
	 */
	Flux<PaymentRequest> listPaymentRequests(PaymentRequestsFilter filter);

	/**
	 * Return one page of requests for payment ({@code listPaymentRequests}; the response
	 * is read as Victor's usual page shape, unconfirmed for this operation).
	 * @param filter which requests
	 * @param page which page
	 * @return the page with its metadata
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/payment-requests/">Victor
	 * reference: Payment Requests</a>
	 */
	Mono<PagedResponse<PaymentRequest>> getPaymentRequestsPage(PaymentRequestsFilter filter, PagedRequest page);

	/**
	 * Ask a counterparty to pay into one of the caller's accounts over RTP or FedNow
	 * ({@code POST /v2/payment-requests/request-payment}; operationId and schemas
	 * unconfirmed). Not retried once it may have been sent.
	 * @param request the request for payment
	 * @return the created request for payment, {@code OUTBOUND}
	 * @see <a href="https://docs.victorfi.com/docs/request-for-payment-rfp">Victor guide:
	 * Request for Payment</a>
	 */
	Mono<PaymentRequest> requestPayment(NewPaymentRequest request);

	/**
	 * Accept or reject an inbound request for payment ({@code respondToPaymentRequest};
	 * method and schemas unconfirmed). Not retried once it may have been sent.
	 * @param decision the request for payment and the answer
	 * @return the request for payment after the answer
	 * @see <a href="https://docs.victorfi.com/reference/respondtopaymentrequest">Victor
	 * reference: respondToPaymentRequest</a>
	 */
	Mono<PaymentRequest> respondToPaymentRequest(PaymentRequestDecision decision);

	// Webhooks

	/**
	 * List every webhook configuration ({@code getWebhooks}).
	 * @return the webhook configurations, page after page
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/webhooks/">Victor reference:
	 * Webhooks</a>
	 */
	Flux<WebhookConfiguration> listWebhooks();

	/**
	 * Return one page of webhook configurations ({@code getWebhooks}).
	 * @param page which page
	 * @return the page with its metadata
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/webhooks/">Victor reference:
	 * Webhooks</a>
	 */
	Mono<PagedResponse<WebhookConfiguration>> getWebhooksPage(PagedRequest page);

	/**
	 * Create a webhook configuration ({@code createWebhook}): the URL then receives every
	 * transactional event. Not retried once it may have been sent.
	 * @param request the webhook
	 * @return the created configuration
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/webhooks/">Victor reference:
	 * Webhooks</a>
	 */
	Mono<WebhookConfiguration> createWebhook(NewWebhookRequest request);

	/**
	 * List every webhook delivery ({@code getWebhookDeliveries}).
	 * @return the deliveries, page after page
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/webhooks/">Victor reference:
	 * Webhooks</a>
	 */
	Flux<WebhookDelivery> listWebhookDeliveries();

	/**
	 * List every webhook delivery that matches a filter ({@code getWebhookDeliveries}).
	 * @param filter which deliveries
	 * @return the deliveries, page after page
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/webhooks/">Victor reference:
	 * Webhooks</a>
	 */
	Flux<WebhookDelivery> listWebhookDeliveries(WebhookDeliveriesFilter filter);

	/**
	 * Return one page of webhook deliveries ({@code getWebhookDeliveries}).
	 * @param filter which deliveries
	 * @param page which page
	 * @return the page with its metadata
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/webhooks/">Victor reference:
	 * Webhooks</a>
	 */
	Mono<PagedResponse<WebhookDelivery>> getWebhookDeliveriesPage(WebhookDeliveriesFilter filter, PagedRequest page);

	// Outcome of a failed create

	/**
	 * Learn what became of a transaction create that failed with an unknown outcome
	 * ({@link VictorCallFailure#isOutcomeUnknown()}): look the transaction up by the
	 * client reference the failure carries ({@code getTransactionById}). Every keyed
	 * transaction create carries one: the caller's {@code clientReferenceId}, or else its
	 * idempotency key. The answer is {@link PaymentOutcome.State#EXISTS EXISTS} with the
	 * transaction, {@link PaymentOutcome.State#NOT_FOUND NOT_FOUND} (only then retry,
	 * with the same key), or {@link PaymentOutcome.State#UNKNOWN UNKNOWN} when the
	 * look-up itself failed. The returned {@code Mono} never fails for a failure that
	 * carries a reference.
	 * @param failure the failure of {@code createAchPayment},
	 * {@code createRtpSendRequest}, {@code createBookTransfer} or
	 * {@code createBookExternalTransfer}
	 * @return the outcome
	 * @throws IllegalArgumentException if the failure carries no client reference (it is
	 * not a transaction create's)
	 */
	default Mono<PaymentOutcome> resolveOutcome(VictorCallFailure failure) {
		return new OutcomeResolver(this::getTransaction).resolve(failure);
	}

	// Construction

	/**
	 * Return a blocking view of this client for Spring MVC and other thread-per-request
	 * code: the same operations, returning values, lists and streams. Never use it on an
	 * event loop (a Netty or WebFlux thread); Reactor refuses to block there.
	 * @return the blocking client
	 */
	default BlockingVictorPaymentsClient blocking() {
		return new BlockingVictorPaymentsClient(this);
	}

	/**
	 * Start building a client by hand (without Spring Boot).
	 * @return a new builder
	 */
	static VictorPaymentsClientBuilder builder() {
		return new VictorPaymentsClientBuilder();
	}

	/**
	 * Create a client over a {@code WebClient} that is already set up for Victor (base
	 * URL, authentication, codecs), such as the one
	 * {@link VictorPaymentsClientBuilder#buildWebClient()} returns.
	 * @param victorWebClient the Victor web client
	 * @return a new client
	 */
	static VictorPaymentsClient create(WebClient victorWebClient) {
		return new DefaultVictorPaymentsClient(victorWebClient);
	}

	/**
	 * Create a client over a {@code WebClient} that is already set up for Victor,
	 * choosing whether transaction creates resolve an unknown outcome themselves: when
	 * on, a create that fails with {@link VictorCallFailure#isOutcomeUnknown()} first
	 * looks its transaction up ({@link #resolveOutcome}); if Victor holds it, the call
	 * completes with its receipt; if not, it fails with
	 * {@link dev.victor.client.error.VictorPaymentNotCreatedException} (retry with the
	 * same key); if the look-up fails too, the original failure surfaces with the
	 * look-up's failure suppressed.
	 * @param victorWebClient the Victor web client
	 * @param resolveUnknownOutcomes whether creates resolve unknown outcomes
	 * @return a new client
	 */
	static VictorPaymentsClient create(WebClient victorWebClient, boolean resolveUnknownOutcomes) {
		return new DefaultVictorPaymentsClient(victorWebClient, resolveUnknownOutcomes);
	}

}

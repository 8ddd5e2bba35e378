package dev.victor.client;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import dev.victor.client.http.VictorHttpSettings;
import dev.victor.client.http.VictorRetrySettings;
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
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Blocking view of a {@link VictorPaymentsClient}, for Spring MVC and other
 * thread-per-request code: the same operations, each waiting for its result. Failures are
 * thrown as they would be signalled (typed {@code VictorApiException}s,
 * {@code VictorTransportException}, {@code VictorValidationException}); each call is
 * bounded by the client's deadline and retry settings: at most
 * {@code deadline × attempts + (attempts - 1) × max(max-backoff, max-retry-after)}, which
 * the auto-configured bean also enforces as a backstop.
 * <p>
 * {@code listX} methods return lazy streams that fetch the next page only as items are
 * consumed; close a stream you stop reading early (try-with-resources) so the pending
 * page request is cancelled.
 * <p>
 * Not for use on an event loop (a Netty or WebFlux thread): a call there fails with an
 * {@code IllegalStateException} before anything is sent.
 *
 * @since 0.1.0
 */
public final class BlockingVictorPaymentsClient {

	private final VictorPaymentsClient client;

	private final @Nullable Duration maxWait;

	/**
	 * Create a blocking view of a reactive client.
	 * @param client the reactive client
	 */
	public BlockingVictorPaymentsClient(VictorPaymentsClient client) {
		this(client, null);
	}

	/**
	 * Create a blocking view that never waits longer than {@code maxWait} for a call, as
	 * a backstop: each attempt is already bounded by the deadline, and the retries by the
	 * retry settings (see {@link #maxWait(VictorHttpSettings, VictorRetrySettings)}).
	 * @param client the reactive client
	 * @param maxWait the longest wait for one call, or {@code null} to rely on the
	 * client's own bounds
	 */
	public BlockingVictorPaymentsClient(VictorPaymentsClient client, @Nullable Duration maxWait) {
		this.client = Objects.requireNonNull(client, "client must not be null");
		this.maxWait = maxWait;
	}

	/**
	 * Return the longest a call can take with these settings: every attempt at most its
	 * deadline, and between attempts at most the longer of the backoff cap and the
	 * longest {@code Retry-After} honoured.
	 * @param http the transport settings
	 * @param retry the retry settings
	 * @return {@code deadline × attempts + (attempts - 1) × max(max-backoff, max-retry-after)}
	 */
	public static Duration maxWait(VictorHttpSettings http, VictorRetrySettings retry) {
		Duration longestPause = (retry.maxBackoff().compareTo(retry.maxRetryAfter()) >= 0) ? retry.maxBackoff()
				: retry.maxRetryAfter();
		return http.deadline()
			.multipliedBy(retry.maxAttempts())
			.plus(longestPause.multipliedBy(retry.maxAttempts() - 1));
	}

	/**
	 * Return the reactive client this view blocks on.
	 * @return the reactive client
	 */
	public VictorPaymentsClient reactive() {
		return this.client;
	}

	/**
	 * List every account of the caller, ledgered and core ({@code getAccounts}).
	 * @return all accounts, page after page, fetched lazily; close the stream when
	 * stopping early
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/accounts/">Victor reference:
	 * Accounts</a>
	 */
	public Stream<AccountListItem> listAccounts() {
		return PullStreams.of(this.client.listAccounts());
	}

	/**
	 * List every account of the caller that matches a filter ({@code getAccounts}).
	 * @param filter which accounts
	 * @return the matching accounts, page after page, fetched lazily; close the stream
	 * when stopping early
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/accounts/">Victor reference:
	 * Accounts</a>
	 */
	public Stream<AccountListItem> listAccounts(AccountsFilter filter) {
		return PullStreams.of(this.client.listAccounts(filter));
	}

	/**
	 * Return one page of the caller's accounts ({@code getAccounts}).
	 * @param filter which accounts
	 * @param page which page
	 * @return the page with its metadata
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/accounts/">Victor reference:
	 * Accounts</a>
	 */
	public PagedResponse<AccountListItem> getAccountsPage(AccountsFilter filter, PagedRequest page) {
		return await(this.client.getAccountsPage(filter, page));
	}

	/**
	 * Read one account ({@code getAccount}); a {@code VictorNotFoundException} if there
	 * is none.
	 * @param victorAccountId the Victor account ID
	 * @return the account
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/accounts/">Victor reference:
	 * Accounts</a>
	 */
	public AccountDetails getAccount(String victorAccountId) {
		return await(this.client.getAccount(victorAccountId));
	}

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
	public AccountDetails getAccount(String victorAccountId, boolean refreshBalance) {
		return await(this.client.getAccount(victorAccountId, refreshBalance));
	}

	/**
	 * List every sweep configuration ({@code getAccountSweeps}; Victor returns them all
	 * at once).
	 * @return the sweeps
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/account-sweeping/">Victor
	 * reference: Account Sweeping</a>
	 */
	public List<Sweep> getAccountSweeps() {
		return await(this.client.getAccountSweeps().collectList());
	}

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
	public Sweep createSweep(SweepRequest request) {
		return await(this.client.createSweep(request));
	}

	/**
	 * Create sweep settings between two accounts ({@code createSweep}).
	 * @param request the sweep settings
	 * @param options per-call options, such as the caller's idempotency key
	 * @return the created sweep
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/account-sweeping/">Victor
	 * reference: Account Sweeping</a>
	 */
	public Sweep createSweep(SweepRequest request, RequestOptions options) {
		return await(this.client.createSweep(request, options));
	}

	/**
	 * Read one sweep configuration ({@code getAccountSweep}); a
	 * {@code VictorNotFoundException} if there is none.
	 * @param sweepId the sweep ID
	 * @return the sweep
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/account-sweeping/">Victor
	 * reference: Account Sweeping</a>
	 */
	public Sweep getAccountSweep(long sweepId) {
		return await(this.client.getAccountSweep(sweepId));
	}

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
	public Sweep updateSweep(long sweepId, SweepRequest request) {
		return await(this.client.updateSweep(sweepId, request));
	}

	/**
	 * List every transaction of one account that matches a filter
	 * ({@code getTransactions}).
	 * @param filter the account, and optionally a date range and type
	 * @return the transactions, page after page, fetched lazily; close the stream when
	 * stopping early
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/transactions/">Victor
	 * reference: Transactions</a>
	 */
	public Stream<TransactionDetails> listTransactions(TransactionsFilter filter) {
		return PullStreams.of(this.client.listTransactions(filter));
	}

	/**
	 * Return one page of an account's transactions ({@code getTransactions}).
	 * @param filter the account, and optionally a date range and type
	 * @param page which page
	 * @return the page with its metadata
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/transactions/">Victor
	 * reference: Transactions</a>
	 */
	public PagedResponse<TransactionDetails> getTransactionsPage(TransactionsFilter filter, PagedRequest page) {
		return await(this.client.getTransactionsPage(filter, page));
	}

	/**
	 * Read one transaction ({@code getTransactionById}); a
	 * {@code VictorNotFoundException} if there is none.
	 * @param reference the Victor transaction ID or the caller's client reference
	 * @return the transaction
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/transactions/">Victor
	 * reference: Transactions</a>
	 */
	public TransactionDetails getTransaction(String reference) {
		return await(this.client.getTransaction(reference));
	}

	/**
	 * Create an ACH credit or debit ({@code createAchPayment}) with a generated
	 * idempotency key.
	 * @param request the payment
	 * @return the receipt of the accepted payment
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/payments/">Victor reference:
	 * Payments</a>
	 */
	public TransactionReceipt createAchPayment(NewAchPaymentRequest request) {
		return await(this.client.createAchPayment(request));
	}

	/**
	 * Create an ACH credit or debit ({@code createAchPayment}).
	 * @param request the payment
	 * @param options per-call options, such as the caller's idempotency key
	 * @return the receipt of the accepted payment
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/payments/">Victor reference:
	 * Payments</a>
	 */
	public TransactionReceipt createAchPayment(NewAchPaymentRequest request, RequestOptions options) {
		return await(this.client.createAchPayment(request, options));
	}

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
	public TransactionDetails getAchPayment(String victorTransactionId) {
		return await(this.client.getAchPayment(victorTransactionId));
	}

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
	public TransactionDetails updateAchPayment(String victorTransactionId, UpdateAchPaymentRequest request) {
		return await(this.client.updateAchPayment(victorTransactionId, request));
	}

	/**
	 * Send an irrevocable RTP credit push ({@code createRtpSendRequest}; path
	 * unconfirmed) with a generated idempotency key.
	 * @param request the payment
	 * @return the receipt of the accepted payment
	 * @see <a href="https://docs.victorfi.com/reference/creatertpsendrequest">Victor
	 * reference: createRtpSendRequest</a>
	 */
	public TransactionReceipt createRtpSendRequest(CreateRtpSendRequest request) {
		return await(this.client.createRtpSendRequest(request));
	}

	/**
	 * Send an irrevocable RTP credit push ({@code createRtpSendRequest}; path
	 * unconfirmed).
	 * @param request the payment
	 * @param options per-call options, such as the caller's idempotency key
	 * @return the receipt of the accepted payment
	 * @see <a href="https://docs.victorfi.com/reference/creatertpsendrequest">Victor
	 * reference: createRtpSendRequest</a>
	 */
	public TransactionReceipt createRtpSendRequest(CreateRtpSendRequest request, RequestOptions options) {
		return await(this.client.createRtpSendRequest(request, options));
	}

	/**
	 * Move money between two of the caller's accounts ({@code createBookTransfer}) with a
	 * generated idempotency key.
	 * @param request the transfer
	 * @return the receipt of the accepted transfer
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/book-transfers/">Victor
	 * reference: Book Transfers</a>
	 */
	public TransactionReceipt createBookTransfer(CreateBookTransferRequest request) {
		return await(this.client.createBookTransfer(request));
	}

	/**
	 * Move money between two of the caller's accounts ({@code createBookTransfer}).
	 * @param request the transfer
	 * @param options per-call options, such as the caller's idempotency key
	 * @return the receipt of the accepted transfer
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/book-transfers/">Victor
	 * reference: Book Transfers</a>
	 */
	public TransactionReceipt createBookTransfer(CreateBookTransferRequest request, RequestOptions options) {
		return await(this.client.createBookTransfer(request, options));
	}

	/**
	 * Move money to another client's account at the same bank
	 * ({@code createBookExternalTransfer}) with a generated idempotency key.
	 * @param request the transfer
	 * @return the receipt of the accepted transfer
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/book-transfers/">Victor
	 * reference: Book Transfers</a>
	 */
	public TransactionReceipt createBookExternalTransfer(CreateBookExternalTransferRequest request) {
		return await(this.client.createBookExternalTransfer(request));
	}

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
	public TransactionReceipt createBookExternalTransfer(CreateBookExternalTransferRequest request,
			RequestOptions options) {
		return await(this.client.createBookExternalTransfer(request, options));
	}

	/**
	 * List every counterparty ({@code getCounterparties}).
	 * @return all counterparties, page after page, fetched lazily; close the stream when
	 * stopping early
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/counterparties/">Victor
	 * reference: Counterparties</a>
	 */
	public Stream<Counterparty> listCounterparties() {
		return PullStreams.of(this.client.listCounterparties());
	}

	/**
	 * Return one page of counterparties ({@code getCounterparties}).
	 * @param page which page
	 * @return the page with its metadata
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/counterparties/">Victor
	 * reference: Counterparties</a>
	 */
	public PagedResponse<Counterparty> getCounterpartiesPage(PagedRequest page) {
		return await(this.client.getCounterpartiesPage(page));
	}

	/**
	 * Create a counterparty ({@code createCounterparty}). Victor takes no idempotency key
	 * here, so the call is not retried once it may have been sent.
	 * @param request the counterparty
	 * @return the created counterparty
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/counterparties/">Victor
	 * reference: Counterparties</a>
	 */
	public Counterparty createCounterparty(NewCounterpartyRequest request) {
		return await(this.client.createCounterparty(request));
	}

	/**
	 * Read one counterparty ({@code getCounterparty}); a {@code VictorNotFoundException}
	 * if there is none.
	 * @param victorCounterpartyId the Victor counterparty ID
	 * @return the counterparty
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/counterparties/">Victor
	 * reference: Counterparties</a>
	 */
	public Counterparty getCounterparty(String victorCounterpartyId) {
		return await(this.client.getCounterparty(victorCounterpartyId));
	}

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
	public Counterparty updateCounterparty(String victorCounterpartyId, UpdateCounterpartyRequest request) {
		return await(this.client.updateCounterparty(victorCounterpartyId, request));
	}

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
	public InstantPaymentEligibility getInstantPaymentEligibility(String routingNumber) {
		return await(this.client.getInstantPaymentEligibility(routingNumber));
	}

	/**
	 * Validate a routing number for ACH or wire payments ({@code validateRoutingNumber}).
	 * @param routingNumber the nine-digit routing number, checked before sending
	 * @param type the payment type to validate it for
	 * @return Victor's verdict
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/banking/">Victor reference:
	 * Banking</a>
	 */
	public RoutingNumberValidation validateRoutingNumber(String routingNumber, RoutingNumberType type) {
		return await(this.client.validateRoutingNumber(routingNumber, type));
	}

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
	public LedgeringAccountCreateResponse createLedgeringAccount(LedgeringAccountCreateRequest request) {
		return await(this.client.createLedgeringAccount(request));
	}

	/**
	 * List every account of a ledgering program ({@code getLedgeringAccounts}).
	 * @param ledgeringProgramId the ledgering program ID
	 * @return the accounts, page after page, fetched lazily; close the stream when
	 * stopping early
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/ledgering/">Victor
	 * reference: Ledgering</a>
	 */
	public Stream<AccountListItem> listLedgeringAccounts(long ledgeringProgramId) {
		return PullStreams.of(this.client.listLedgeringAccounts(ledgeringProgramId));
	}

	/**
	 * Return one page of a ledgering program's accounts ({@code getLedgeringAccounts}).
	 * @param ledgeringProgramId the ledgering program ID
	 * @param page which page
	 * @return the page with its metadata
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/ledgering/">Victor
	 * reference: Ledgering</a>
	 */
	public PagedResponse<AccountListItem> getLedgeringAccountsPage(long ledgeringProgramId, PagedRequest page) {
		return await(this.client.getLedgeringAccountsPage(ledgeringProgramId, page));
	}

	/**
	 * List every inbound and outbound request for payment ({@code listPaymentRequests}).
	 * @return the requests for payment, page after page, fetched lazily; close the stream
	 * when stopping early
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/payment-requests/">Victor
	 * reference: Payment Requests</a>
	 */
	public Stream<PaymentRequest> listPaymentRequests() {
		return PullStreams.of(this.client.listPaymentRequests());
	}

	/**
	 * List every request for payment that matches a filter ({@code listPaymentRequests}).
	 * @param filter which requests
	 * @return the requests for payment, page after page, fetched lazily; close the stream
	 * when stopping early
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/payment-requests/">Victor
	 * reference: Payment Requests</a>
	 */
	public Stream<PaymentRequest> listPaymentRequests(PaymentRequestsFilter filter) {
		return PullStreams.of(this.client.listPaymentRequests(filter));
	}

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
	public PagedResponse<PaymentRequest> getPaymentRequestsPage(PaymentRequestsFilter filter, PagedRequest page) {
		return await(this.client.getPaymentRequestsPage(filter, page));
	}

	/**
	 * Ask a counterparty to pay into one of the caller's accounts over RTP or FedNow
	 * ({@code POST /v2/payment-requests/request-payment}; operationId and schemas
	 * unconfirmed). Not retried once it may have been sent.
	 * @param request the request for payment
	 * @return the created request for payment, {@code OUTBOUND}
	 * @see <a href="https://docs.victorfi.com/docs/request-for-payment-rfp">Victor guide:
	 * Request for Payment</a>
	 */
	public PaymentRequest requestPayment(NewPaymentRequest request) {
		return await(this.client.requestPayment(request));
	}

	/**
	 * Accept or reject an inbound request for payment ({@code respondToPaymentRequest};
	 * method and schemas unconfirmed). Not retried once it may have been sent.
	 * @param decision the request for payment and the answer
	 * @return the request for payment after the answer
	 * @see <a href="https://docs.victorfi.com/reference/respondtopaymentrequest">Victor
	 * reference: respondToPaymentRequest</a>
	 */
	public PaymentRequest respondToPaymentRequest(PaymentRequestDecision decision) {
		return await(this.client.respondToPaymentRequest(decision));
	}

	/**
	 * List every webhook configuration ({@code getWebhooks}).
	 * @return the webhook configurations, page after page, fetched lazily; close the
	 * stream when stopping early
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/webhooks/">Victor reference:
	 * Webhooks</a>
	 */
	public Stream<WebhookConfiguration> listWebhooks() {
		return PullStreams.of(this.client.listWebhooks());
	}

	/**
	 * Return one page of webhook configurations ({@code getWebhooks}).
	 * @param page which page
	 * @return the page with its metadata
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/webhooks/">Victor reference:
	 * Webhooks</a>
	 */
	public PagedResponse<WebhookConfiguration> getWebhooksPage(PagedRequest page) {
		return await(this.client.getWebhooksPage(page));
	}

	/**
	 * Create a webhook configuration ({@code createWebhook}): the URL then receives every
	 * transactional event. Not retried once it may have been sent.
	 * @param request the webhook
	 * @return the created configuration
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/webhooks/">Victor reference:
	 * Webhooks</a>
	 */
	public WebhookConfiguration createWebhook(NewWebhookRequest request) {
		return await(this.client.createWebhook(request));
	}

	/**
	 * List every webhook delivery ({@code getWebhookDeliveries}).
	 * @return the deliveries, page after page, fetched lazily; close the stream when
	 * stopping early
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/webhooks/">Victor reference:
	 * Webhooks</a>
	 */
	public Stream<WebhookDelivery> listWebhookDeliveries() {
		return PullStreams.of(this.client.listWebhookDeliveries());
	}

	/**
	 * List every webhook delivery that matches a filter ({@code getWebhookDeliveries}).
	 * @param filter which deliveries
	 * @return the deliveries, page after page, fetched lazily; close the stream when
	 * stopping early
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/webhooks/">Victor reference:
	 * Webhooks</a>
	 */
	public Stream<WebhookDelivery> listWebhookDeliveries(WebhookDeliveriesFilter filter) {
		return PullStreams.of(this.client.listWebhookDeliveries(filter));
	}

	/**
	 * Return one page of webhook deliveries ({@code getWebhookDeliveries}).
	 * @param filter which deliveries
	 * @param page which page
	 * @return the page with its metadata
	 * @see <a href=
	 * "https://jackhenry.dev/payments-orchestrator/reference/webhooks/">Victor reference:
	 * Webhooks</a>
	 */
	public PagedResponse<WebhookDelivery> getWebhookDeliveriesPage(WebhookDeliveriesFilter filter, PagedRequest page) {
		return await(this.client.getWebhookDeliveriesPage(filter, page));
	}

	/**
	 * Learn what became of a transaction create that failed with an unknown outcome, by
	 * looking its transaction up by the client reference the failure carries (see
	 * {@link VictorPaymentsClient#resolveOutcome}).
	 * @param failure the failure of a transaction create
	 * @return {@code EXISTS} with the transaction, {@code NOT_FOUND} (retry with the same
	 * key), or {@code UNKNOWN} when the look-up failed
	 */
	public PaymentOutcome resolveOutcome(VictorCallFailure failure) {
		return await(this.client.resolveOutcome(failure));
	}

	/**
	 * Refuse an event loop before subscribing: {@code Mono.block()} checks the thread
	 * only after it has subscribed, when the request may already be on its way to Victor.
	 */
	private <T> T await(Mono<T> call) {
		if (Schedulers.isInNonBlockingThread()) {
			throw new IllegalStateException("Calling the blocking Victor client is blocking, which is not supported "
					+ "in thread " + Thread.currentThread().getName() + "; use VictorPaymentsClient there");
		}
		T value = (this.maxWait != null) ? call.block(this.maxWait) : call.block();
		if (value == null) {
			// Never hand the caller a null receipt: an empty answer is a failure, not a
			// value.
			throw new IllegalStateException("The Victor call completed without a value");
		}
		return value;
	}

}

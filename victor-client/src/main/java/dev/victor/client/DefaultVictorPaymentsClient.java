package dev.victor.client;

import java.util.Objects;
import java.util.function.Supplier;

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
import dev.victor.client.model.ListFilter;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.client.model.NewPaymentRequest;
import dev.victor.client.model.NewWebhookRequest;
import dev.victor.client.model.PagedRequest;
import dev.victor.client.model.PagedResponse;
import dev.victor.client.model.PaymentRequest;
import dev.victor.client.model.PaymentRequestDecision;
import dev.victor.client.model.PaymentRequestsFilter;
import dev.victor.client.model.QueryParameters;
import dev.victor.client.model.RoutingNumberType;
import dev.victor.client.model.RoutingNumberValidation;
import dev.victor.client.model.RoutingNumbers;
import dev.victor.client.model.Sweep;
import dev.victor.client.model.SweepRequest;
import dev.victor.client.model.TransactionDetails;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.client.model.TransactionsFilter;
import dev.victor.client.model.UpdateAchPaymentRequest;
import dev.victor.client.model.UpdateCounterpartyRequest;
import dev.victor.client.model.TransactionCreateRequest;
import dev.victor.client.model.ValidatedRequest;
import dev.victor.client.model.WebhookConfiguration;
import dev.victor.client.model.WebhookDeliveriesFilter;
import dev.victor.client.model.WebhookDelivery;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Default {@link VictorPaymentsClient}: each method assembles one {@link OperationCall}
 * (checking its input and choosing its idempotency key when the method is called, before
 * anything is sent), and the filters of the Victor {@code WebClient} sign, retry,
 * translate and time it.
 *
 * @since 0.1.0
 */
public class DefaultVictorPaymentsClient implements VictorPaymentsClient {

	private static final ParameterizedTypeReference<PagedResponse<AccountListItem>> ACCOUNT_PAGE = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<PagedResponse<TransactionDetails>> TRANSACTION_PAGE = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<PagedResponse<Counterparty>> COUNTERPARTY_PAGE = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<PagedResponse<PaymentRequest>> PAYMENT_REQUEST_PAGE = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<PagedResponse<WebhookConfiguration>> WEBHOOK_PAGE = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<PagedResponse<WebhookDelivery>> DELIVERY_PAGE = new ParameterizedTypeReference<>() {
	};

	private final WebClient webClient;

	private final IdempotencyKeyGenerator idempotencyKeys = new IdempotencyKeyGenerator();

	private final OutcomeResolver outcomes = new OutcomeResolver(this::getTransaction);

	private final boolean resolveUnknownOutcomes;

	/**
	 * Create a client.
	 * @param victorWebClient a web client set up for Victor (base URL, authentication,
	 * codecs)
	 */
	public DefaultVictorPaymentsClient(WebClient victorWebClient) {
		this(victorWebClient, false);
	}

	/**
	 * Create a client that may resolve unknown outcomes of transaction creates itself.
	 * @param victorWebClient a web client set up for Victor (base URL, authentication,
	 * codecs)
	 * @param resolveUnknownOutcomes whether a transaction create that fails with an
	 * unknown outcome looks the transaction up before surfacing the failure (see
	 * {@link VictorPaymentsClient#create(WebClient, boolean)})
	 */
	public DefaultVictorPaymentsClient(WebClient victorWebClient, boolean resolveUnknownOutcomes) {
		this.webClient = Objects.requireNonNull(victorWebClient, "victorWebClient must not be null");
		this.resolveUnknownOutcomes = resolveUnknownOutcomes;
	}

	@Override
	public Flux<AccountListItem> listAccounts() {
		return listAccounts(AccountsFilter.all());
	}

	@Override
	public Flux<AccountListItem> listAccounts(AccountsFilter filter) {
		QueryParameters query = checked(filter).toQueryParameters();
		return Pagination.all(pages(() -> OperationCall.to(VictorOperation.GET_ACCOUNTS), query, ACCOUNT_PAGE));
	}

	@Override
	public Mono<PagedResponse<AccountListItem>> getAccountsPage(AccountsFilter filter, PagedRequest page) {
		return page(OperationCall.to(VictorOperation.GET_ACCOUNTS), filter, page, ACCOUNT_PAGE);
	}

	@Override
	public Mono<AccountDetails> getAccount(String victorAccountId) {
		return OperationCall.to(VictorOperation.GET_ACCOUNT)
			.pathVariable("victorAccountId", victorAccountId)
			.mono(this.webClient, AccountDetails.class);
	}

	@Override
	public Mono<AccountDetails> getAccount(String victorAccountId, boolean refreshBalance) {
		return OperationCall.to(VictorOperation.GET_ACCOUNT)
			.pathVariable("victorAccountId", victorAccountId)
			.query(QueryParameters.builder().add("refresh_balance", refreshBalance).build())
			.mono(this.webClient, AccountDetails.class);
	}

	@Override
	public Flux<Sweep> getAccountSweeps() {
		return OperationCall.to(VictorOperation.GET_ACCOUNT_SWEEPS).flux(this.webClient, Sweep.class);
	}

	@Override
	public Mono<Sweep> createSweep(SweepRequest request) {
		return createSweep(request, RequestOptions.none());
	}

	@Override
	public Mono<Sweep> createSweep(SweepRequest request, RequestOptions options) {
		return keyed(VictorOperation.CREATE_SWEEP, request, options).mono(this.webClient, Sweep.class);
	}

	@Override
	public Mono<Sweep> getAccountSweep(long sweepId) {
		return OperationCall.to(VictorOperation.GET_ACCOUNT_SWEEP)
			.pathVariable("sweepId", sweepId)
			.mono(this.webClient, Sweep.class);
	}

	@Override
	public Mono<Sweep> updateSweep(long sweepId, SweepRequest request) {
		return OperationCall.to(VictorOperation.UPDATE_SWEEP)
			.pathVariable("sweepId", sweepId)
			.body(request)
			.mono(this.webClient, Sweep.class);
	}

	@Override
	public Flux<TransactionDetails> listTransactions(TransactionsFilter filter) {
		QueryParameters query = checked(filter).toQueryParameters();
		return Pagination.all(pages(() -> OperationCall.to(VictorOperation.GET_TRANSACTIONS), query, TRANSACTION_PAGE));
	}

	@Override
	public Mono<PagedResponse<TransactionDetails>> getTransactionsPage(TransactionsFilter filter, PagedRequest page) {
		return page(OperationCall.to(VictorOperation.GET_TRANSACTIONS), filter, page, TRANSACTION_PAGE);
	}

	@Override
	public Mono<TransactionDetails> getTransaction(String reference) {
		return OperationCall.to(VictorOperation.GET_TRANSACTION_BY_ID)
			.pathVariable("reference", reference)
			.mono(this.webClient, TransactionDetails.class);
	}

	@Override
	public Mono<TransactionReceipt> createAchPayment(NewAchPaymentRequest request) {
		return createAchPayment(request, RequestOptions.none());
	}

	@Override
	public Mono<TransactionReceipt> createAchPayment(NewAchPaymentRequest request, RequestOptions options) {
		return createTransaction(VictorOperation.CREATE_ACH_PAYMENT, request, options);
	}

	@Override
	public Mono<TransactionDetails> getAchPayment(String victorTransactionId) {
		return OperationCall.to(VictorOperation.GET_ACH_PAYMENT)
			.pathVariable("victorTransactionId", victorTransactionId)
			.mono(this.webClient, TransactionDetails.class);
	}

	@Override
	public Mono<TransactionDetails> updateAchPayment(String victorTransactionId, UpdateAchPaymentRequest request) {
		return OperationCall.to(VictorOperation.UPDATE_ACH_PAYMENT)
			.pathVariable("victorTransactionId", victorTransactionId)
			.body(request)
			.mono(this.webClient, TransactionDetails.class);
	}

	@Override
	public Mono<TransactionReceipt> createRtpSendRequest(CreateRtpSendRequest request) {
		return createRtpSendRequest(request, RequestOptions.none());
	}

	@Override
	public Mono<TransactionReceipt> createRtpSendRequest(CreateRtpSendRequest request, RequestOptions options) {
		return createTransaction(VictorOperation.CREATE_RTP_SEND_REQUEST, request, options);
	}

	@Override
	public Mono<TransactionReceipt> createBookTransfer(CreateBookTransferRequest request) {
		return createBookTransfer(request, RequestOptions.none());
	}

	@Override
	public Mono<TransactionReceipt> createBookTransfer(CreateBookTransferRequest request, RequestOptions options) {
		return createTransaction(VictorOperation.CREATE_BOOK_TRANSFER, request, options);
	}

	@Override
	public Mono<TransactionReceipt> createBookExternalTransfer(CreateBookExternalTransferRequest request) {
		return createBookExternalTransfer(request, RequestOptions.none());
	}

	@Override
	public Mono<TransactionReceipt> createBookExternalTransfer(CreateBookExternalTransferRequest request,
			RequestOptions options) {
		return createTransaction(VictorOperation.CREATE_BOOK_EXTERNAL_TRANSFER, request, options);
	}

	@Override
	public Flux<Counterparty> listCounterparties() {
		return Pagination.all(pages(() -> OperationCall.to(VictorOperation.GET_COUNTERPARTIES), QueryParameters.empty(),
				COUNTERPARTY_PAGE));
	}

	@Override
	public Mono<PagedResponse<Counterparty>> getCounterpartiesPage(PagedRequest page) {
		return page(OperationCall.to(VictorOperation.GET_COUNTERPARTIES), null, page, COUNTERPARTY_PAGE);
	}

	@Override
	public Mono<Counterparty> createCounterparty(NewCounterpartyRequest request) {
		return OperationCall.to(VictorOperation.CREATE_COUNTERPARTY)
			.body(request)
			.mono(this.webClient, Counterparty.class);
	}

	@Override
	public Mono<Counterparty> getCounterparty(String victorCounterpartyId) {
		return OperationCall.to(VictorOperation.GET_COUNTERPARTY)
			.pathVariable("victorCounterpartyId", victorCounterpartyId)
			.mono(this.webClient, Counterparty.class);
	}

	@Override
	public Mono<Counterparty> updateCounterparty(String victorCounterpartyId, UpdateCounterpartyRequest request) {
		return OperationCall.to(VictorOperation.UPDATE_COUNTERPARTY)
			.pathVariable("victorCounterpartyId", victorCounterpartyId)
			.body(request)
			.mono(this.webClient, Counterparty.class);
	}

	@Override
	public Mono<InstantPaymentEligibility> getInstantPaymentEligibility(String routingNumber) {
		return OperationCall.to(VictorOperation.INSTANT_PAYMENT_BANK_ELIGIBILITY)
			.pathVariable("routingNumber",
					routingNumber(VictorOperation.INSTANT_PAYMENT_BANK_ELIGIBILITY, routingNumber))
			.mono(this.webClient, InstantPaymentEligibility.class);
	}

	@Override
	public Mono<RoutingNumberValidation> validateRoutingNumber(String routingNumber, RoutingNumberType type) {
		Assert.isTrue(type != null && type != RoutingNumberType.UNKNOWN, "type must be ACH or WIRE");
		return OperationCall.to(VictorOperation.VALIDATE_ROUTING_NUMBER)
			.pathVariable("routingNumber", routingNumber(VictorOperation.VALIDATE_ROUTING_NUMBER, routingNumber))
			.query(QueryParameters.builder().add("type", type).build())
			.mono(this.webClient, RoutingNumberValidation.class);
	}

	@Override
	public Mono<LedgeringAccountCreateResponse> createLedgeringAccount(LedgeringAccountCreateRequest request) {
		return OperationCall.to(VictorOperation.CREATE_ACCOUNT)
			.body(request)
			.mono(this.webClient, LedgeringAccountCreateResponse.class);
	}

	@Override
	public Flux<AccountListItem> listLedgeringAccounts(long ledgeringProgramId) {
		return Pagination
			.all(pages(() -> ledgeringAccounts(ledgeringProgramId), QueryParameters.empty(), ACCOUNT_PAGE));
	}

	@Override
	public Mono<PagedResponse<AccountListItem>> getLedgeringAccountsPage(long ledgeringProgramId, PagedRequest page) {
		return page(ledgeringAccounts(ledgeringProgramId), null, page, ACCOUNT_PAGE);
	}

	private static OperationCall ledgeringAccounts(long ledgeringProgramId) {
		return OperationCall.to(VictorOperation.GET_LEDGERING_ACCOUNTS)
			.pathVariable("ledgeringProgramId", ledgeringProgramId);
	}

	@Override
	public Flux<PaymentRequest> listPaymentRequests() {
		return listPaymentRequests(PaymentRequestsFilter.all());
	}

	@Override
	public Flux<PaymentRequest> listPaymentRequests(PaymentRequestsFilter filter) {
		QueryParameters query = checked(filter).toQueryParameters();
		return Pagination
			.all(pages(() -> OperationCall.to(VictorOperation.LIST_PAYMENT_REQUESTS), query, PAYMENT_REQUEST_PAGE));
	}

	@Override
	public Mono<PagedResponse<PaymentRequest>> getPaymentRequestsPage(PaymentRequestsFilter filter, PagedRequest page) {
		return page(OperationCall.to(VictorOperation.LIST_PAYMENT_REQUESTS), filter, page, PAYMENT_REQUEST_PAGE);
	}

	@Override
	public Mono<PaymentRequest> requestPayment(NewPaymentRequest request) {
		return OperationCall.to(VictorOperation.REQUEST_PAYMENT)
			.body(request)
			.mono(this.webClient, PaymentRequest.class);
	}

	@Override
	public Mono<PaymentRequest> respondToPaymentRequest(PaymentRequestDecision decision) {
		return OperationCall.to(VictorOperation.RESPOND_TO_PAYMENT_REQUEST)
			.body(decision)
			.mono(this.webClient, PaymentRequest.class);
	}

	@Override
	public Flux<WebhookConfiguration> listWebhooks() {
		return Pagination
			.all(pages(() -> OperationCall.to(VictorOperation.GET_WEBHOOKS), QueryParameters.empty(), WEBHOOK_PAGE));
	}

	@Override
	public Mono<PagedResponse<WebhookConfiguration>> getWebhooksPage(PagedRequest page) {
		return page(OperationCall.to(VictorOperation.GET_WEBHOOKS), null, page, WEBHOOK_PAGE);
	}

	@Override
	public Mono<WebhookConfiguration> createWebhook(NewWebhookRequest request) {
		return OperationCall.to(VictorOperation.CREATE_WEBHOOK)
			.body(request)
			.mono(this.webClient, WebhookConfiguration.class);
	}

	@Override
	public Flux<WebhookDelivery> listWebhookDeliveries() {
		return listWebhookDeliveries(WebhookDeliveriesFilter.all());
	}

	@Override
	public Flux<WebhookDelivery> listWebhookDeliveries(WebhookDeliveriesFilter filter) {
		QueryParameters query = checked(filter).toQueryParameters();
		return Pagination
			.all(pages(() -> OperationCall.to(VictorOperation.GET_WEBHOOK_DELIVERIES), query, DELIVERY_PAGE));
	}

	@Override
	public Mono<PagedResponse<WebhookDelivery>> getWebhookDeliveriesPage(WebhookDeliveriesFilter filter,
			PagedRequest page) {
		return page(OperationCall.to(VictorOperation.GET_WEBHOOK_DELIVERIES), filter, page, DELIVERY_PAGE);
	}

	/**
	 * Create a transaction under a client reference (see {@link OperationCall#options}),
	 * and resolve an unknown outcome before surfacing it when this client is set to.
	 */
	private Mono<TransactionReceipt> createTransaction(VictorOperation operation, TransactionCreateRequest<?> request,
			RequestOptions options) {
		Mono<TransactionReceipt> receipt = keyed(operation, request, options).mono(this.webClient,
				TransactionReceipt.class);
		return this.resolveUnknownOutcomes ? this.outcomes.resolveBeforeSurfacing(receipt) : receipt;
	}

	private OperationCall keyed(VictorOperation operation, ValidatedRequest request, RequestOptions options) {
		return OperationCall.to(operation).body(request).options(options, this.idempotencyKeys);
	}

	private <T> Mono<PagedResponse<T>> page(OperationCall call, @Nullable ListFilter filter, PagedRequest page,
			ParameterizedTypeReference<PagedResponse<T>> pageType) {
		Assert.notNull(page, "page must not be null");
		QueryParameters query = (filter != null) ? checked(filter).toQueryParameters() : QueryParameters.empty();
		return pages(() -> call, query, pageType).fetch(page, (any) -> null);
	}

	/**
	 * Fetch the pages of {@code call}, each with the filter's query and its own page
	 * parameters.
	 */
	private <T> Pagination.PageFetch<T> pages(Supplier<OperationCall> call, QueryParameters filterQuery,
			ParameterizedTypeReference<PagedResponse<T>> pageType) {
		return (page, problemOf) -> call.get()
			.query(filterQuery.and(page.toQueryParameters()))
			.mono(this.webClient, pageType, problemOf);
	}

	private static <F extends ListFilter> F checked(F filter) {
		Assert.notNull(filter, "filter must not be null");
		filter.validate();
		return filter;
	}

	private static String routingNumber(VictorOperation operation, String routingNumber) {
		return RoutingNumbers.requireValid(operation.operationId(), "routingNumber", routingNumber);
	}

}

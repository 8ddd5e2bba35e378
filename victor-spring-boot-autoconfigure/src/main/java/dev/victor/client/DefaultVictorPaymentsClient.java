package dev.victor.client;

import java.util.Objects;

import dev.victor.client.http.VictorRequestAttributes;
import dev.victor.client.model.AccountDetails;
import dev.victor.client.model.AccountListItem;
import dev.victor.client.model.Counterparty;
import dev.victor.client.model.CreateBookExternalTransferRequest;
import dev.victor.client.model.CreateBookTransferRequest;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.client.model.PagedResponse;
import dev.victor.client.model.TransactionDetails;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.client.model.ValidatedRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Default {@link VictorPaymentsClient}: one method per Victor operation, each naming its
 * operationId and URI template on the request so the filters of the Victor
 * {@code WebClient} can sign, retry, translate and time it. Request bodies are validated
 * and idempotency keys chosen when a method is called, before anything is sent.
 *
 * @since 0.1.0
 */
public class DefaultVictorPaymentsClient implements VictorPaymentsClient {

	private static final String PAGE_QUERY = "?" + PagedResponse.PAGE_PARAMETER + "={page}&"
			+ PagedResponse.PAGE_SIZE_PARAMETER + "={pageSize}";

	private static final ParameterizedTypeReference<PagedResponse<Counterparty>> COUNTERPARTY_PAGE = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<PagedResponse<AccountListItem>> ACCOUNT_PAGE = new ParameterizedTypeReference<>() {
	};

	private final WebClient webClient;

	private final IdempotencyKeyGenerator idempotencyKeys = new IdempotencyKeyGenerator();

	/**
	 * Create a client.
	 * @param victorWebClient a web client set up for Victor (base URL, authentication,
	 * codecs)
	 */
	public DefaultVictorPaymentsClient(WebClient victorWebClient) {
		this.webClient = Objects.requireNonNull(victorWebClient, "victorWebClient must not be null");
	}

	@Override
	public Mono<TransactionReceipt> createAchPayment(NewAchPaymentRequest request) {
		return createAchPayment(request, RequestOptions.none());
	}

	@Override
	public Mono<TransactionReceipt> createAchPayment(NewAchPaymentRequest request, RequestOptions options) {
		return idempotentPost("createAchPayment", "/v2/payments/ach", request, options, TransactionReceipt.class);
	}

	@Override
	public Mono<TransactionReceipt> createBookTransfer(CreateBookTransferRequest request) {
		return createBookTransfer(request, RequestOptions.none());
	}

	@Override
	public Mono<TransactionReceipt> createBookTransfer(CreateBookTransferRequest request, RequestOptions options) {
		return idempotentPost("createBookTransfer", "/v2/transfers/book", request, options, TransactionReceipt.class);
	}

	@Override
	public Mono<TransactionReceipt> createBookExternalTransfer(CreateBookExternalTransferRequest request) {
		return createBookExternalTransfer(request, RequestOptions.none());
	}

	@Override
	public Mono<TransactionReceipt> createBookExternalTransfer(CreateBookExternalTransferRequest request,
			RequestOptions options) {
		return idempotentPost("createBookExternalTransfer", "/v2/transfers/book/external", request, options,
				TransactionReceipt.class);
	}

	@Override
	public Mono<TransactionDetails> getTransaction(String reference) {
		return get("getTransactionById", "/v2/transactions/{reference}", TransactionDetails.class,
				requireId("reference", reference));
	}

	@Override
	public Mono<Counterparty> createCounterparty(NewCounterpartyRequest request) {
		Assert.notNull(request, "request must not be null");
		request.validate();
		return this.webClient.post()
			.uri("/v2/counterparties")
			.attribute(VictorRequestAttributes.OPERATION, "createCounterparty")
			.bodyValue(request)
			.retrieve()
			.bodyToMono(Counterparty.class);
	}

	@Override
	public Mono<Counterparty> getCounterparty(String victorCounterpartyId) {
		return get("getCounterparty", "/v2/counterparties/{victorCounterpartyId}", Counterparty.class,
				requireId("victorCounterpartyId", victorCounterpartyId));
	}

	@Override
	public Flux<Counterparty> listCounterparties() {
		return listAll("getCounterparties", "/v2/counterparties", COUNTERPARTY_PAGE);
	}

	@Override
	public Mono<AccountDetails> getAccount(String victorAccountId) {
		return get("getAccount", "/v2/accounts/{victorAccountId}", AccountDetails.class,
				requireId("victorAccountId", victorAccountId));
	}

	@Override
	public Flux<AccountListItem> listAccounts() {
		return listAll("getAccounts", "/v2/accounts", ACCOUNT_PAGE);
	}

	private <T> Mono<T> idempotentPost(String operation, String uriTemplate, ValidatedRequest request,
			RequestOptions options, Class<T> responseType) {
		Assert.notNull(request, "request must not be null");
		Assert.notNull(options, "options must not be null (use RequestOptions.none())");
		request.validate();
		String idempotencyKey = options.idempotencyKey().orElseGet(this.idempotencyKeys::generate);
		return this.webClient.post()
			.uri(uriTemplate)
			.attribute(VictorRequestAttributes.OPERATION, operation)
			.attribute(VictorRequestAttributes.IDEMPOTENCY_KEY, idempotencyKey)
			.header(VictorRequestAttributes.IDEMPOTENCY_KEY_HEADER, idempotencyKey)
			.bodyValue(request)
			.retrieve()
			.bodyToMono(responseType);
	}

	private <T> Mono<T> get(String operation, String uriTemplate, Class<T> responseType, Object... uriVariables) {
		return this.webClient.get()
			.uri(uriTemplate, uriVariables)
			.attribute(VictorRequestAttributes.OPERATION, operation)
			.retrieve()
			.bodyToMono(responseType);
	}

	private <T> Flux<T> listAll(String operation, String uriTemplate,
			ParameterizedTypeReference<PagedResponse<T>> pageType) {
		int pageSize = PagedResponse.DEFAULT_PAGE_SIZE;
		return fetchPage(operation, uriTemplate, pageType, PagedResponse.FIRST_PAGE, pageSize)
			.expand((fetched) -> fetched.response().hasNextAfter(fetched.number(), pageSize)
					? fetchPage(operation, uriTemplate, pageType, fetched.number() + 1, pageSize) : Mono.empty())
			.concatMap((fetched) -> Flux.fromIterable(fetched.response().data()), 0);
	}

	private <T> Mono<FetchedPage<T>> fetchPage(String operation, String uriTemplate,
			ParameterizedTypeReference<PagedResponse<T>> pageType, int page, int pageSize) {
		return this.webClient.get()
			.uri(uriTemplate + PAGE_QUERY, page, pageSize)
			.attribute(VictorRequestAttributes.OPERATION, operation)
			.retrieve()
			.bodyToMono(pageType)
			.map((response) -> new FetchedPage<>(page, response));
	}

	private static String requireId(String name, String value) {
		Assert.hasText(value, () -> name + " must not be blank");
		return value;
	}

	private record FetchedPage<T>(int number, PagedResponse<T> response) {
	}

}

package dev.victor.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.victor.client.call.VictorCall;
import dev.victor.client.call.VictorRequestAttributes;
import dev.victor.client.error.VictorCallFailure;
import dev.victor.client.error.VictorErrorBody;
import dev.victor.client.error.VictorResponseContext;
import dev.victor.client.error.VictorUnreadableResponseException;
import dev.victor.client.model.QueryParameters;
import dev.victor.client.model.TransactionCreateRequest;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.client.model.ValidatedRequest;
import dev.victor.client.observation.ObservationFilter;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpRequest;
import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * One call of a {@link VictorOperation}, assembled and checked before anything is sent:
 * path variables, query parameters, body and idempotency key. The request always names a
 * URI template with its variables, never an expanded URI, so the metrics' {@code uri} tag
 * stays the operation's path template.
 */
final class OperationCall {

	private final VictorOperation operation;

	private Map<String, Object> uriVariables = Map.of();

	private QueryParameters query = QueryParameters.empty();

	private @Nullable Object body;

	private @Nullable String idempotencyKey;

	private @Nullable Duration deadline;

	private @Nullable String clientReference;

	private OperationCall(VictorOperation operation) {
		this.operation = operation;
	}

	static OperationCall to(VictorOperation operation) {
		return new OperationCall(operation);
	}

	/**
	 * Set a path variable, after checking that it cannot steer the path (see
	 * {@link PathVariables}).
	 */
	OperationCall pathVariable(String name, @Nullable Object value) {
		Object checked = PathVariables.requireSafe(this.operation.operationId(), name, value);
		if (this.uriVariables.isEmpty()) {
			this.uriVariables = new LinkedHashMap<>();
		}
		this.uriVariables.put(name, checked);
		return this;
	}

	OperationCall query(QueryParameters query) {
		this.query = this.query.and(query);
		return this;
	}

	/**
	 * Set the body, after checking Victor's documented constraints on it.
	 */
	OperationCall body(ValidatedRequest body) {
		Assert.notNull(body, "request must not be null");
		body.validate();
		this.body = body;
		return this;
	}

	/**
	 * Apply the caller's options: the idempotency key (the caller's, or a fresh one for
	 * keyed operations) and a per-attempt deadline.
	 */
	OperationCall options(RequestOptions options, IdempotencyKeyGenerator keys) {
		Assert.notNull(options, "options must not be null (use RequestOptions.none())");
		this.deadline = options.deadline().orElse(null);
		if (this.operation.idempotencyKeyAccepted()) {
			String callersKey = options.idempotencyKey().orElse(null);
			this.idempotencyKey = (callersKey != null) ? callersKey : keys.generate();
			referenceTransaction(this.idempotencyKey);
		}
		return this;
	}

	/**
	 * Give a transaction create its client reference: the caller's, or else the
	 * idempotency key itself (both are at most 128 printable characters), so the
	 * transaction can be looked up by it when the call's outcome is unknown.
	 */
	private void referenceTransaction(String key) {
		if (this.body instanceof TransactionCreateRequest<?> create) {
			String callersReference = create.clientReferenceId();
			this.clientReference = (callersReference != null) ? callersReference : key;
			if (callersReference == null) {
				this.body = create.withClientReferenceId(key);
			}
		}
	}

	/**
	 * Return the client reference of the transaction this call creates.
	 */
	@Nullable String clientReference() {
		return this.clientReference;
	}

	/**
	 * Send the call and decode its single value. Whatever the server answers, the result
	 * is the value or a typed failure: a 2xx without a value, or with a body that does
	 * not decode (HTML, truncated JSON, broken compression), or a receipt without its
	 * transaction id, fails with {@link VictorUnreadableResponseException} carrying the
	 * key.
	 */
	<T> Mono<T> mono(WebClient webClient, Class<T> type) {
		return value(webClient, (response) -> response.bodyToMono(type), OperationCall::receiptProblem);
	}

	<T> Mono<T> mono(WebClient webClient, ParameterizedTypeReference<T> type) {
		return mono(webClient, type, (value) -> null);
	}

	/**
	 * Send the call and decode its single value as {@link #mono(WebClient, Class)} does,
	 * and fail it as unreadable, with the problem {@code problemOf} names, when the value
	 * decodes but is not an answer to this call.
	 */
	<T> Mono<T> mono(WebClient webClient, ParameterizedTypeReference<T> type,
			Function<? super T, @Nullable String> problemOf) {
		return value(webClient, (response) -> response.bodyToMono(type), problemOf);
	}

	/**
	 * Send the call and decode its values (an empty array is a valid answer), failing
	 * typed as {@link #mono(WebClient, Class)} does when the body does not decode.
	 */
	<T> Flux<T> flux(WebClient webClient, Class<T> type) {
		return request(webClient)
			.exchangeToFlux((response) -> response.bodyToFlux(type)
				.onErrorMap(OperationCall::isDecodingFailure, (ex) -> unreadable(response, notJson(ex))))
			.contextWrite(ObservationFilter::rememberCaller);
	}

	private <T> Mono<T> value(WebClient webClient, Function<ClientResponse, Mono<T>> decode,
			Function<? super T, @Nullable String> problemOf) {
		return request(webClient).<T>exchangeToMono((response) -> decode.apply(response)
			.onErrorMap(OperationCall::isDecodingFailure, (ex) -> unreadable(response, notJson(ex)))
			.switchIfEmpty(Mono.error(() -> unreadable(response, "with no value where one was due")))
			.<T>handle((value, sink) -> {
				String problem = problemOf.apply(value);
				if (problem != null) {
					sink.error(unreadable(response, problem));
				}
				else {
					sink.next(value);
				}
			})).contextWrite(ObservationFilter::rememberCaller);
	}

	private static @Nullable String receiptProblem(Object value) {
		return (value instanceof TransactionReceipt receipt && !receipt.hasTransactionId())
				? "with a receipt that has no victor_transaction_id" : null;
	}

	private static boolean isDecodingFailure(Throwable failure) {
		return !(failure instanceof VictorCallFailure);
	}

	private static String notJson(Throwable failure) {
		return "its body is not the expected JSON (" + failure.getClass().getSimpleName() + ")";
	}

	private VictorUnreadableResponseException unreadable(ClientResponse response, String problem) {
		HttpRequest request = response.request();
		VictorResponseContext context = new VictorResponseContext(this.operation.operationId(), this.idempotencyKey,
				request.getMethod(), request.getURI(), response.statusCode(), "", response.headers().asHttpHeaders(),
				new byte[0], VictorErrorBody.EMPTY, null, this.clientReference);
		return new VictorUnreadableResponseException(context, problem);
	}

	private WebClient.RequestHeadersSpec<?> request(WebClient webClient) {
		Map<String, Object> variables = this.query.isEmpty() ? this.uriVariables
				: new LinkedHashMap<>(this.uriVariables);
		WebClient.RequestBodySpec request = webClient.method(this.operation.method())
			.uri(uriTemplate(variables), variables)
			.attributes(VictorCall.of(this.operation.operationId(), this.operation.method(), this.idempotencyKey)
				.withDeadline(this.deadline)
				.withClientReference(this.clientReference)::attachTo);
		if (this.idempotencyKey != null) {
			request.header(VictorRequestAttributes.IDEMPOTENCY_KEY_HEADER, this.idempotencyKey);
		}
		if (this.body != null) {
			request.bodyValue(this.body);
		}
		return request;
	}

	/**
	 * Return the path template followed by one {@code name={qN}} pair per query value,
	 * and add the values to {@code variables}, so they are encoded like path variables.
	 */
	private String uriTemplate(Map<String, Object> variables) {
		if (this.query.isEmpty()) {
			return this.operation.pathTemplate();
		}
		StringBuilder template = new StringBuilder(this.operation.pathTemplate());
		char separator = '?';
		for (Map.Entry<String, List<String>> parameter : this.query.asMap().entrySet()) {
			for (String value : parameter.getValue()) {
				String variable = "q" + variables.size();
				variables.put(variable, value);
				template.append(separator).append(parameter.getKey()).append("={").append(variable).append('}');
				separator = '&';
			}
		}
		return template.toString();
	}

}

package dev.victor.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.victor.client.call.VictorCall;
import dev.victor.client.call.VictorRequestAttributes;
import dev.victor.client.model.QueryParameters;
import dev.victor.client.model.ValidatedRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * One call of a {@link VictorOperation}, assembled and checked before anything is sent:
 * path variables, query parameters, body and idempotency key. The request always names
 * a URI template with its variables, never an expanded URI, so the metrics' {@code uri}
 * tag stays the operation's path template.
 */
final class OperationCall {

	private final VictorOperation operation;

	private Map<String, Object> uriVariables = Map.of();

	private QueryParameters query = QueryParameters.empty();

	private @Nullable Object body;

	private @Nullable String idempotencyKey;

	private @Nullable Duration deadline;

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
		}
		return this;
	}

	WebClient.ResponseSpec retrieve(WebClient webClient) {
		Map<String, Object> variables = this.query.isEmpty() ? this.uriVariables
				: new LinkedHashMap<>(this.uriVariables);
		WebClient.RequestBodySpec request = webClient.method(this.operation.method())
			.uri(uriTemplate(variables), variables)
			.attributes(VictorCall.of(this.operation.operationId(), this.operation.method(), this.idempotencyKey)
				.withDeadline(this.deadline)::attachTo);
		if (this.idempotencyKey != null) {
			request.header(VictorRequestAttributes.IDEMPOTENCY_KEY_HEADER, this.idempotencyKey);
		}
		if (this.body != null) {
			request.bodyValue(this.body);
		}
		return request.retrieve();
	}

	/**
	 * Return the path template followed by one {@code name={qN}} pair per query value, and
	 * add the values to {@code variables}, so they are encoded like path variables.
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

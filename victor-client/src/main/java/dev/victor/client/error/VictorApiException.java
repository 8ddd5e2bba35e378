package dev.victor.client.error;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Victor answered a call with an error status. A {@link WebClientResponseException}, so
 * existing Spring error handling keeps working, with the Victor operation, the call's
 * idempotency key (retry later with the same key to avoid a duplicate payment) and the
 * parsed error body. Subclasses name the common statuses; see
 * {@link VictorExceptions#forStatus}. The message holds no secret and no response body;
 * the kept body ({@code getResponseBodyAsByteArray()}) is at most
 * {@value VictorErrorBody#MAX_RAW_LENGTH} bytes, parsed from the whole response.
 *
 * @since 0.1.0
 */
public class VictorApiException extends WebClientResponseException implements VictorCallFailure {

	private static final long serialVersionUID = 1L;

	private final String operation;

	private final @Nullable String idempotencyKey;

	private final VictorErrorBody errorBody;

	private final @Nullable Duration retryAfter;

	private final @Nullable String clientReference;

	private final transient VictorResponseContext context;

	/**
	 * Create a new exception.
	 * @param context what was called and what Victor answered
	 */
	public VictorApiException(VictorResponseContext context) {
		this(context, context.message());
	}

	/**
	 * Create a new exception with a message of its own.
	 * @param context what was called and what Victor answered
	 * @param message the message, free of secrets
	 */
	protected VictorApiException(VictorResponseContext context, String message) {
		super(message, context.status(), context.reasonPhrase(), context.headers(), context.body(),
				StandardCharsets.UTF_8, context.request());
		this.context = context;
		this.operation = context.operation();
		this.idempotencyKey = context.idempotencyKey();
		this.errorBody = context.errorBody();
		this.retryAfter = context.retryAfter();
		this.clientReference = context.clientReference();
	}

	/**
	 * Tell whether Victor may have acted although the call failed: for an error status,
	 * only when Victor itself failed (5xx); a 4xx is a refusal.
	 * @return whether the outcome is unknown
	 */
	@Override
	public boolean isOutcomeUnknown() {
		return getStatusCode().is5xxServerError();
	}

	/**
	 * Return what was called and what Victor answered.
	 * @return the context, or {@code null} after deserialization
	 */
	protected VictorResponseContext getContext() {
		return this.context;
	}

	/**
	 * Return the Victor operationId of the failed call.
	 * @return for example {@code createAchPayment}
	 */
	@Override
	public String getOperation() {
		return this.operation;
	}

	/**
	 * Return the idempotency key the call carried. Retrying later with the same key
	 * cannot create a duplicate payment.
	 * @return the key, or {@code null} for operations that take none
	 */
	@Override
	public @Nullable String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	@Override
	public @Nullable String getClientReference() {
		return this.clientReference;
	}

	/**
	 * Return Victor's error body, parsed.
	 * @return the error body, never {@code null}
	 */
	public VictorErrorBody getErrorBody() {
		return this.errorBody;
	}

	/**
	 * Return the field errors Victor reported.
	 * @return the field errors, possibly empty
	 */
	public List<VictorFieldError> getFieldErrors() {
		return this.errorBody.fieldErrors();
	}

	/**
	 * Return how long Victor asked the client to wait ({@code Retry-After}).
	 * @return the wait, if Victor sent one
	 */
	public Optional<Duration> getRetryAfter() {
		return Optional.ofNullable(this.retryAfter);
	}

	/**
	 * Tell whether the status is one of those that may be retried (429, 500, 502, 503,
	 * 504).
	 * @param status the status
	 * @return whether it is retryable for replay-safe calls
	 */
	public static boolean isRetryableStatus(HttpStatusCode status) {
		int code = status.value();
		return code == 429 || code == 500 || code == 502 || code == 503 || code == 504;
	}

}

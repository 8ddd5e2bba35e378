package dev.victor.client.error;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * A Victor call failed without a response: connect failure, timeout, reset or premature
 * close. {@link #isRequestSent()} tells the two cases apart: {@code false} means nothing
 * reached Victor and the call can simply be repeated; {@code true} means the request may
 * have reached Victor and its outcome is unknown, so repeat it only with the same
 * {@link #getIdempotencyKey() idempotency key}, or check with {@code getTransaction}
 * first.
 *
 * @since 0.1.0
 */
public class VictorTransportException extends WebClientRequestException implements VictorCallFailure {

	private static final long serialVersionUID = 1L;

	private final String operation;

	private final @Nullable String idempotencyKey;

	private final boolean requestSent;

	private final @Nullable String clientReference;

	/**
	 * Create a new exception.
	 * @param cause the transport failure
	 * @param method the HTTP method
	 * @param uri the request URI
	 * @param operation the Victor operationId
	 * @param idempotencyKey the call's idempotency key, or {@code null}
	 * @param requestSent whether the request may have reached Victor
	 */
	public VictorTransportException(Throwable cause, HttpMethod method, URI uri, String operation,
			@Nullable String idempotencyKey, boolean requestSent) {
		this(cause, method, uri, operation, idempotencyKey, requestSent, null);
	}

	/**
	 * Create a new exception for a call that creates a transaction.
	 * @param cause the transport failure
	 * @param method the HTTP method
	 * @param uri the request URI
	 * @param operation the Victor operationId
	 * @param idempotencyKey the call's idempotency key, or {@code null}
	 * @param requestSent whether the request may have reached Victor
	 * @param clientReference the client reference of the transaction, or {@code null}
	 */
	public VictorTransportException(Throwable cause, HttpMethod method, URI uri, String operation,
			@Nullable String idempotencyKey, boolean requestSent, @Nullable String clientReference) {
		super(cause, method, uri, HttpHeaders.EMPTY);
		this.operation = operation;
		this.idempotencyKey = idempotencyKey;
		this.requestSent = requestSent;
		this.clientReference = clientReference;
	}

	@Override
	public String getMessage() {
		String outcome = this.requestSent ? "the request may have reached Victor: outcome unknown"
				: "the request was never sent";
		String key = (this.idempotencyKey != null) ? ", Idempotency-Key " + this.idempotencyKey : "";
		Throwable cause = getCause();
		String failure = (cause != null) ? cause.getClass().getSimpleName() : "no cause";
		return this.operation + ": " + getMethod().name() + " " + getUri().getRawPath() + " failed (" + failure + "); "
				+ outcome + key;
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
	 * Return the idempotency key the call carried.
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
	 * Tell whether the request may have reached Victor.
	 * @return {@code false} if it was certainly never sent (safe to repeat), {@code true}
	 * if its outcome is unknown
	 */
	public boolean isRequestSent() {
		return this.requestSent;
	}

	/**
	 * Tell whether Victor may have acted: whenever the request may have been sent.
	 * @return {@link #isRequestSent()}
	 */
	@Override
	public boolean isOutcomeUnknown() {
		return this.requestSent;
	}

}

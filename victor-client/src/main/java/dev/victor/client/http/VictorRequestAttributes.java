package dev.victor.client.http;

import org.jspecify.annotations.Nullable;

import org.springframework.web.reactive.function.client.ClientRequest;

/**
 * Names of the {@code ClientRequest} attributes the Victor filters read. Raw calls through
 * the {@code victorWebClient} may set them too, for example
 * {@code .attribute(VictorRequestAttributes.OPERATION, "getAccountSweeps")}.
 *
 * @since 0.1.0
 */
public final class VictorRequestAttributes {

	/** The Victor operationId of the call, for example {@code createAchPayment}. */
	public static final String OPERATION = VictorRequestAttributes.class.getName() + ".operation";

	/**
	 * Marks a request as safe to repeat although it is neither a GET nor keyed, such as the
	 * OAuth token request (value {@code true}).
	 */
	public static final String REPLAY_SAFE = VictorRequestAttributes.class.getName() + ".replaySafe";

	/**
	 * The HTTP header that carries the idempotency key; the filters read the key from it,
	 * so a raw call becomes retryable by setting this header.
	 */
	public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

	/** The operation name of raw calls that set no {@link #OPERATION} attribute. */
	public static final String RAW_OPERATION = "raw";

	private VictorRequestAttributes() {
	}

	/**
	 * Return the operation of a request.
	 * @param request the request
	 * @return its {@link #OPERATION} attribute, or {@value #RAW_OPERATION}
	 */
	public static String operation(ClientRequest request) {
		return request.attribute(OPERATION).map(Object::toString).orElse(RAW_OPERATION);
	}

	/**
	 * Return the idempotency key a request carries.
	 * @param request the request
	 * @return the {@value #IDEMPOTENCY_KEY_HEADER} header, or {@code null}
	 */
	public static @Nullable String idempotencyKey(ClientRequest request) {
		return request.headers().getFirst(IDEMPOTENCY_KEY_HEADER);
	}

}

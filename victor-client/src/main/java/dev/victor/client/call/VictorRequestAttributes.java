package dev.victor.client.call;

/**
 * Names a raw call through the {@code victorWebClient} may use to describe itself, for
 * example {@code .attribute(VictorRequestAttributes.OPERATION, "getAccountSweeps")}; the
 * filters read them through {@link VictorCall}, which the typed client attaches itself.
 *
 * @since 0.1.0
 */
public final class VictorRequestAttributes {

	/** The Victor operationId of the call, for example {@code createAchPayment}. */
	public static final String OPERATION = VictorRequestAttributes.class.getName() + ".operation";

	/**
	 * Marks a request as safe to repeat although it is neither a GET nor keyed, such as
	 * the OAuth token request (value {@code true}).
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

}

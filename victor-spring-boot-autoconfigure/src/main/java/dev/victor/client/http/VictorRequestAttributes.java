package dev.victor.client.http;

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

	/** The {@code Idempotency-Key} that every attempt of the call carries. */
	public static final String IDEMPOTENCY_KEY = VictorRequestAttributes.class.getName() + ".idempotencyKey";

	/** The HTTP header that carries the idempotency key. */
	public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

	private VictorRequestAttributes() {
	}

}

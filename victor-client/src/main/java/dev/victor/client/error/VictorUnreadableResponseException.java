package dev.victor.client.error;

/**
 * Victor answered 2xx, but not with what the operation returns: no body where a value was
 * due (204, empty, {@code null}), a body that is not the expected JSON (HTML, truncated,
 * invalid compression), one larger than {@code max-in-memory-size}, or a receipt without
 * its transaction id. Victor may have acted: {@link #isOutcomeUnknown()} is {@code true};
 * look the payment up, or retry with the same idempotency key.
 *
 * @since 0.1.0
 */
public class VictorUnreadableResponseException extends VictorApiException {

	private static final long serialVersionUID = 1L;

	private final String description;

	/**
	 * Create a new exception.
	 * @param context what was called and what Victor answered
	 * @param problem what was wrong with the answer, free of secrets
	 */
	public VictorUnreadableResponseException(VictorResponseContext context, String problem) {
		super(context, describe(context, problem));
		this.description = describe(context, problem);
	}

	private static String describe(VictorResponseContext context, String problem) {
		return context.operation() + ": Victor answered " + context.status().value() + " but " + problem
				+ "; outcome unknown" + keyNote(context);
	}

	@Override
	public boolean isOutcomeUnknown() {
		return true;
	}

	static String keyNote(VictorResponseContext context) {
		return (context.idempotencyKey() != null) ? ", Idempotency-Key " + context.idempotencyKey() : "";
	}

	/**
	 * Return the description alone: Spring would add a "response failed" note meant for
	 * 2xx and 3xx statuses whose body could not be read.
	 */
	@Override
	public String getMessage() {
		return this.description;
	}

}

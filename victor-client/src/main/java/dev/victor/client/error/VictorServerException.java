package dev.victor.client.error;

/**
 * 5xx: Victor (or a payment network behind it) failed. The outcome of a create call is
 * unknown: retry with the same idempotency key.
 *
 * @since 0.1.0
 */
public class VictorServerException extends VictorApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create a new exception.
	 * @param context what was called and what Victor answered
	 */
	public VictorServerException(VictorResponseContext context) {
		super(context);
	}

}

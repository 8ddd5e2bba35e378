package dev.victor.client.error;

/**
 * 404 Not Found: the resource does not exist (or is not visible to these credentials).
 *
 * @since 0.1.0
 */
public class VictorNotFoundException extends VictorApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create a new exception.
	 * @param context what was called and what Victor answered
	 */
	public VictorNotFoundException(VictorResponseContext context) {
		super(context);
	}

}

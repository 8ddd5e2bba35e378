package dev.victor.client.error;

/**
 * 409 Conflict: the request conflicts with the resource's current state.
 *
 * @since 0.1.0
 */
public class VictorConflictException extends VictorApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create a new exception.
	 * @param context what was called and what Victor answered
	 */
	public VictorConflictException(VictorResponseContext context) {
		super(context);
	}

}

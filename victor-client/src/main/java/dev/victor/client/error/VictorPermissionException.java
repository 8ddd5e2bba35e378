package dev.victor.client.error;

/**
 * 403 Forbidden: the credentials are valid but may not perform this operation.
 *
 * @since 0.1.0
 */
public class VictorPermissionException extends VictorApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create a new exception.
	 * @param context what was called and what Victor answered
	 */
	public VictorPermissionException(VictorResponseContext context) {
		super(context);
	}

}

package dev.victor.client.error;

/**
 * 400 Bad Request or 422 Unprocessable Entity: Victor refused the request as invalid;
 * {@link #getFieldErrors()} says which fields.
 *
 * @since 0.1.0
 */
public class VictorBadRequestException extends VictorApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create a new exception.
	 * @param context what was called and what Victor answered
	 */
	public VictorBadRequestException(VictorResponseContext context) {
		super(context);
	}

}

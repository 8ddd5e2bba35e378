package dev.victor.client.error;

/**
 * 401 Unauthorized: the credentials were refused. API keys are environment-specific: a staging key does not work in production.
 *
 * @since 0.1.0
 */
public class VictorAuthenticationException extends VictorApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create a new exception.
	 * @param context what was called and what Victor answered
	 */
	public VictorAuthenticationException(VictorResponseContext context) {
		super(context);
	}

}

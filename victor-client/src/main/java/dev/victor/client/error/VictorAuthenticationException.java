package dev.victor.client.error;

/**
 * 401 Unauthorized: the credentials were refused. API keys are environment-specific: a
 * staging key does not work in production.
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
		super(context, context.message() + ". Victor refused the credentials: check that the API key (or OAuth "
				+ "client) belongs to this environment, since keys are environment-specific (a staging key fails in "
				+ "production and the reverse), and that the registered public key matches the private key.");
	}

	private VictorAuthenticationException(VictorResponseContext context, String message) {
		super(context, message);
	}

	/**
	 * Report that Victor refused the OAuth client credentials, without echoing them.
	 * @param refusal the 400 or 401 of the token endpoint
	 * @return the exception to surface
	 */
	public static VictorAuthenticationException credentialsRefused(VictorApiException refusal) {
		return new VictorAuthenticationException(refusal.getContext(), refusal.getOperation()
				+ ": Victor refused the OAuth client credentials (" + refusal.getStatusCode().value()
				+ "). Check the client ID and secret, and that they belong to this environment: Victor API keys are "
				+ "environment-specific, so staging keys do not work in production and production keys not in staging.");
	}

}

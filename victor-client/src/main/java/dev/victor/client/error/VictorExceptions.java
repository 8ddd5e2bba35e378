package dev.victor.client.error;

/**
 * The one place that maps a Victor error status to its exception type.
 *
 * @since 0.1.0
 */
public final class VictorExceptions {

	private VictorExceptions() {
	}

	/**
	 * Create the exception for an error response.
	 * @param context what was called and what Victor answered
	 * @return the typed exception
	 */
	public static VictorApiException forStatus(VictorResponseContext context) {
		int status = context.status().value();
		return switch (status) {
			case 400, 422 -> new VictorBadRequestException(context);
			case 401 -> new VictorAuthenticationException(context);
			case 403 -> new VictorPermissionException(context);
			case 404 -> new VictorNotFoundException(context);
			case 409 -> new VictorConflictException(context);
			case 429 -> new VictorRateLimitException(context);
			default -> (status >= 500) ? new VictorServerException(context) : new VictorApiException(context);
		};
	}

}

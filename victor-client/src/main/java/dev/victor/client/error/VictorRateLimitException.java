package dev.victor.client.error;

/**
 * 429 Too Many Requests: Victor asks the client to slow down. {@link #getRetryAfter()}
 * tells how long, when Victor said so. The client retries on its own when the wait is
 * within {@code victor.retry.max-retry-after}; beyond it, this exception surfaces at
 * once.
 *
 * @since 0.1.0
 */
public class VictorRateLimitException extends VictorApiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create a new exception.
	 * @param context what was called and what Victor answered
	 */
	public VictorRateLimitException(VictorResponseContext context) {
		super(context);
	}

}

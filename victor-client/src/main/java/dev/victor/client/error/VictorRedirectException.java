package dev.victor.client.error;

import org.springframework.http.HttpMethod;

/**
 * Victor answered 3xx. The client never follows redirects (a signed request must not be
 * sent elsewhere) and never takes a redirect's body for the operation's value. For a call
 * that changes something (not a GET), Victor may have acted: {@link #isOutcomeUnknown()}
 * is {@code true}.
 *
 * @since 0.1.0
 */
public class VictorRedirectException extends VictorApiException {

	private static final long serialVersionUID = 1L;

	private final String description;

	private final boolean changesSomething;

	/**
	 * Create a new exception.
	 * @param context what was called and what Victor answered
	 */
	public VictorRedirectException(VictorResponseContext context) {
		this(context, context.operation() + ": Victor answered " + context.status().value()
				+ ", a redirect the client does not follow" + VictorUnreadableResponseException.keyNote(context));
	}

	private VictorRedirectException(VictorResponseContext context, String description) {
		super(context, description);
		this.description = description;
		this.changesSomething = !HttpMethod.GET.equals(context.method()) && !HttpMethod.HEAD.equals(context.method());
	}

	@Override
	public boolean isOutcomeUnknown() {
		return this.changesSomething;
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

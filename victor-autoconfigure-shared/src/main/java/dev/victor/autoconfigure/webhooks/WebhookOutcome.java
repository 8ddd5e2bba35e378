package dev.victor.autoconfigure.webhooks;

import java.util.Locale;

/**
 * What the receiver did with a delivery: the {@code outcome} tag of
 * {@code victor.webhooks.received}, and the HTTP status Victor gets back.
 */
enum WebhookOutcome {

	/**
	 * Authenticated, recognised and new: acknowledged, and its event is being published.
	 */
	PUBLISHED(200),

	/** Seen before (same reference and status): acknowledged, not published again. */
	DUPLICATE(200),

	/** Wrong or missing secret. */
	REJECTED_UNAUTHENTICATED(401),

	/** Not JSON. */
	REJECTED_MALFORMED(400),

	/** Larger than {@code victor.webhooks.max-payload-size}. */
	REJECTED_TOO_LARGE(413),

	/**
	 * The store could not record it (its database is down): Victor should deliver it
	 * again.
	 */
	REJECTED_UNAVAILABLE(503),

	/**
	 * JSON naming no transaction and status: acknowledged and logged, so Victor does not
	 * retry it forever.
	 */
	UNRECOGNISED(200);

	private final int httpStatus;

	WebhookOutcome(int httpStatus) {
		this.httpStatus = httpStatus;
	}

	int httpStatus() {
		return this.httpStatus;
	}

	/**
	 * Return the metric tag value: published, duplicate, rejected or unrecognised.
	 */
	String tagValue() {
		String name = name().toLowerCase(Locale.ROOT);
		int reason = name.indexOf('_');
		return (reason < 0) ? name : name.substring(0, reason);
	}

}

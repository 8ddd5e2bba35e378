package dev.victor.test;

import java.net.URI;

/**
 * One attempt of {@link MockVictorServer} to deliver a webhook event, for assertions.
 *
 * @param target the URL it was posted to, without its query (which holds the receiver's
 * secret)
 * @param eventId the event's {@code event_id}; a redelivery or a deliberate duplicate
 * repeats it
 * @param payload the JSON body
 * @param attempt 1 for the first delivery of the event to the URL, 2 for the first
 * redelivery...
 * @param status the receiver's HTTP status, or 0 when it did not answer
 * @since 0.1.0
 */
public record MockWebhookDelivery(URI target, String eventId, String payload, int attempt, int status) {

	/**
	 * Tell whether the receiver acknowledged the delivery.
	 * @return whether it answered 2xx
	 */
	public boolean acknowledged() {
		return this.status >= 200 && this.status < 300;
	}

}

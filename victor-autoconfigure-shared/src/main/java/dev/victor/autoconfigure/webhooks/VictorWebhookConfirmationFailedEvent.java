package dev.victor.autoconfigure.webhooks;

import java.time.Instant;

import org.springframework.context.ApplicationEvent;

/**
 * A webhook delivery was acknowledged, but reading its transaction back from Victor kept
 * failing ({@code victor.webhooks.confirm-attempts} times), so no
 * {@link VictorTransactionEvent} was published for it. The delivery is not lost silently:
 * this event (and a WARN log line) says so; look the transaction up later with
 * {@code getTransaction(reference)}.
 *
 * @since 0.1.0
 */
public class VictorWebhookConfirmationFailedEvent extends ApplicationEvent {

	private static final long serialVersionUID = 1L;

	private final String reference;

	private final String claimedStatus;

	private final Instant receivedAt;

	private final Throwable failure;

	/**
	 * Create an event.
	 * @param source the publisher
	 * @param reference the transaction reference the payload named
	 * @param claimedStatus the status the (unverified) payload claimed
	 * @param receivedAt when the delivery arrived
	 * @param failure the last read-back failure
	 */
	public VictorWebhookConfirmationFailedEvent(Object source, String reference, String claimedStatus,
			Instant receivedAt, Throwable failure) {
		super(source);
		this.reference = reference;
		this.claimedStatus = claimedStatus;
		this.receivedAt = receivedAt;
		this.failure = failure;
	}

	/**
	 * Return the transaction reference the delivery named.
	 * @return the reference
	 */
	public String getReference() {
		return this.reference;
	}

	/**
	 * Return the status the unverified payload claimed.
	 * @return the raw status text
	 */
	public String getClaimedStatus() {
		return this.claimedStatus;
	}

	/**
	 * Return when the delivery arrived.
	 * @return the instant
	 */
	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	/**
	 * Return the last read-back failure.
	 * @return the failure
	 */
	public Throwable getFailure() {
		return this.failure;
	}

}

package dev.victor.autoconfigure.webhooks;

import java.time.Instant;

import dev.victor.client.model.TransactionDetails;
import dev.victor.client.model.TransactionStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEvent;

/**
 * A transaction changed status at Victor: published once per accepted webhook delivery,
 * after the delivery was acknowledged. With {@code victor.webhooks.confirm=true} (the
 * default) the status and {@link #getTransaction() transaction} are Victor's own answer
 * to {@code getTransaction(reference)}, read after the delivery arrived; the payload is
 * kept only for the record, unverified. Delivery to listeners is at least once: a
 * delivery acknowledged just before the process died is published after a restart, so a
 * listener should be idempotent (the status of a reference only moves forward).
 *
 * @since 0.1.0
 */
public class VictorTransactionEvent extends ApplicationEvent {

	private static final long serialVersionUID = 1L;

	private final String reference;

	private final TransactionStatus status;

	private final transient @Nullable TransactionDetails transaction;

	private final String payload;

	private final Instant receivedAt;

	private final @Nullable String deliveryId;

	/**
	 * Create an event.
	 * @param source the publisher
	 * @param reference the transaction reference the payload named
	 * @param status the status (Victor's own when confirmed)
	 * @param transaction the transaction as Victor returned it, {@code null} when not
	 * confirmed
	 * @param payload the raw JSON body of the delivery
	 * @param receivedAt when the delivery arrived
	 * @param deliveryId the delivery's own id ({@code event_id} or {@code id}),
	 * {@code null} when it has none
	 */
	public VictorTransactionEvent(Object source, String reference, TransactionStatus status,
			@Nullable TransactionDetails transaction, String payload, Instant receivedAt, @Nullable String deliveryId) {
		super(source);
		this.deliveryId = deliveryId;
		this.reference = reference;
		this.status = status;
		this.transaction = transaction;
		this.payload = payload;
		this.receivedAt = receivedAt;
	}

	/**
	 * Return the transaction reference the delivery named (a Victor transaction id, or a
	 * client reference).
	 * @return the reference
	 */
	public String getReference() {
		return this.reference;
	}

	/**
	 * Return the status: Victor's answer when confirmed, else the payload's.
	 * @return the status, {@link TransactionStatus#UNKNOWN} for one this client does not
	 * know
	 */
	public TransactionStatus getStatus() {
		return this.status;
	}

	/**
	 * Return the transaction as read back from Victor.
	 * @return the transaction, or {@code null} with {@code victor.webhooks.confirm=false}
	 */
	public @Nullable TransactionDetails getTransaction() {
		return this.transaction;
	}

	/**
	 * Tell whether the status was read back from Victor.
	 * @return whether the event carries Victor's own answer
	 */
	public boolean isConfirmed() {
		return this.transaction != null;
	}

	/**
	 * Return the raw JSON body of the delivery (unverified; it may hold account numbers).
	 * @return the payload
	 */
	public String getPayload() {
		return this.payload;
	}

	/**
	 * Return when the delivery arrived.
	 * @return the instant
	 */
	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	/**
	 * Return the delivery's own id, as the payload gave it (the field name is
	 * unconfirmed).
	 * @return the id, or {@code null} when the payload has none
	 */
	public @Nullable String getDeliveryId() {
		return this.deliveryId;
	}

	@Override
	public String toString() {
		return "VictorTransactionEvent[reference=" + this.reference + ", status=" + this.status + ", confirmed="
				+ isConfirmed() + ", receivedAt=" + this.receivedAt + "]";
	}

}

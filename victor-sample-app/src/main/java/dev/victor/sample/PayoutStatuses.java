package dev.victor.sample;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.victor.autoconfigure.webhooks.VictorTransactionEvent;
import dev.victor.client.model.TransactionStatus;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The last confirmed status of each payout, learnt from Victor's webhooks: every
 * {@link VictorTransactionEvent} carries the status Victor answered when the transaction
 * was read back, and the newest answer (by Victor's own {@code updated_at}) wins,
 * whatever order the events arrive in. A real application would keep this in its
 * database, in the same transaction as its own bookkeeping.
 *
 * @since 0.1.0
 */
@Component
class PayoutStatuses {

	private static final Log logger = LogFactory.getLog(PayoutStatuses.class);

	private final Map<String, PayoutStatus> statuses = new ConcurrentHashMap<>();

	@EventListener
	void statusChanged(VictorTransactionEvent event) {
		Instant asOf = (event.getTransaction() != null && event.getTransaction().updatedAt() != null)
				? event.getTransaction().updatedAt() : event.getReceivedAt();
		PayoutStatus status = new PayoutStatus(event.getReference(), event.getStatus(), event.isConfirmed(), asOf);
		this.statuses.merge(event.getReference(), status,
				(known, next) -> next.asOf().isBefore(known.asOf()) ? known : next);
		logger.info("Victor webhook: payout " + event.getReference() + " is " + event.getStatus().wireValue()
				+ (event.isConfirmed() ? " (confirmed by Victor)" : " (unconfirmed payload)"));
	}

	Optional<PayoutStatus> find(String victorTransactionId) {
		return Optional.ofNullable(this.statuses.get(victorTransactionId));
	}

	/**
	 * A payout's last known status.
	 *
	 * @param victorTransactionId the transaction
	 * @param status its status
	 * @param confirmed whether Victor itself answered it
	 * @param asOf when Victor last changed it
	 */
	record PayoutStatus(String victorTransactionId, TransactionStatus status, boolean confirmed, Instant asOf) {
	}

}

package dev.victor.autoconfigure.webhooks;

import java.time.Instant;
import java.util.List;

/**
 * Where the webhook receiver records deliveries, so that each is published once however
 * often Victor delivers it and whichever replica receives it, and so that a delivery
 * acknowledged but not yet published survives a crash. Auto-configured in memory, or on
 * the application's {@code DataSource} with {@code victor.webhooks.store=jdbc}; declare a
 * bean of this type to use another store.
 *
 * @since 0.1.0
 */
public interface VictorWebhookStore {

	/**
	 * Record a delivery unless one with the same key is already recorded: atomic, so of
	 * two replicas racing on one delivery exactly one wins.
	 * @param delivery the delivery
	 * @return {@code true} if it was recorded now, {@code false} if it was known
	 */
	boolean claim(StoredDelivery delivery);

	/**
	 * Record that a delivery's event was published.
	 * @param deliveryKey the delivery's key
	 */
	void markPublished(String deliveryKey);

	/**
	 * Record that a delivery was given up (its transaction could not be read back).
	 * @param deliveryKey the delivery's key
	 */
	void markFailed(String deliveryKey);

	/**
	 * Take the deliveries recorded but neither published nor given up whose last dispatch
	 * began before {@code staleBefore}, marking each as dispatched {@code now}, so that
	 * replicas sweeping at once take each delivery once.
	 * @param staleBefore the cut-off
	 * @param now the time of this dispatch
	 * @param limit the most deliveries to take
	 * @return the deliveries taken
	 */
	List<StoredDelivery> takeStale(Instant staleBefore, Instant now, int limit);

	/**
	 * Forget published and given-up deliveries received before a cut-off.
	 * @param receivedBefore the cut-off
	 */
	void forget(Instant receivedBefore);

	/**
	 * A recorded delivery.
	 *
	 * @param key what makes two deliveries the same (reference and status)
	 * @param payload the raw JSON body
	 * @param receivedAt when it arrived
	 */
	record StoredDelivery(String key, String payload, Instant receivedAt) {
	}

}

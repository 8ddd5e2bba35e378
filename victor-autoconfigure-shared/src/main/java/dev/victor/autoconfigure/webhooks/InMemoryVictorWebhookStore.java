package dev.victor.autoconfigure.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link VictorWebhookStore} in this instance's memory: bounded (the oldest deliveries
 * are forgotten first) and with expiry. It de-duplicates within one instance only, and
 * loses what it holds with the process; use the JDBC store for replicas.
 *
 * @since 0.1.0
 */
public class InMemoryVictorWebhookStore implements VictorWebhookStore {

	private final Map<String, Entry> deliveries = new LinkedHashMap<>();

	private final int capacity;

	private final Duration window;

	/**
	 * Create a store.
	 * @param capacity the most deliveries remembered
	 * @param window how long a delivery is remembered
	 */
	public InMemoryVictorWebhookStore(int capacity, Duration window) {
		this.capacity = capacity;
		this.window = window;
	}

	@Override
	public synchronized boolean claim(StoredDelivery delivery) {
		forgetOlderThan(delivery.receivedAt().minus(this.window));
		if (this.deliveries.containsKey(delivery.key())) {
			return false;
		}
		if (this.deliveries.size() >= this.capacity) {
			Iterator<String> eldest = this.deliveries.keySet().iterator();
			eldest.next();
			eldest.remove();
		}
		this.deliveries.put(delivery.key(), new Entry(delivery, State.RECEIVED, delivery.receivedAt()));
		return true;
	}

	@Override
	public synchronized void markPublished(String deliveryKey) {
		this.deliveries.computeIfPresent(deliveryKey, (key, entry) -> entry.with(State.PUBLISHED));
	}

	@Override
	public synchronized void markFailed(String deliveryKey) {
		this.deliveries.computeIfPresent(deliveryKey, (key, entry) -> entry.with(State.FAILED));
	}

	@Override
	public synchronized List<StoredDelivery> takeStale(Instant staleBefore, Instant now, int limit) {
		List<StoredDelivery> stale = new ArrayList<>();
		for (Map.Entry<String, Entry> each : this.deliveries.entrySet()) {
			Entry entry = each.getValue();
			if (stale.size() < limit && entry.state == State.RECEIVED && entry.dispatchedAt.isBefore(staleBefore)) {
				stale.add(entry.delivery);
				each.setValue(new Entry(entry.delivery, State.RECEIVED, now));
			}
		}
		return stale;
	}

	@Override
	public synchronized void forget(Instant receivedBefore) {
		forgetOlderThan(receivedBefore);
	}

	/**
	 * Forget from the eldest on: deliveries are kept in the order they arrived.
	 */
	private void forgetOlderThan(Instant cutOff) {
		Iterator<Entry> entries = this.deliveries.values().iterator();
		while (entries.hasNext() && entries.next().delivery.receivedAt().isBefore(cutOff)) {
			entries.remove();
		}
	}

	private enum State {

		RECEIVED, PUBLISHED, FAILED

	}

	private record Entry(StoredDelivery delivery, State state, Instant dispatchedAt) {

		Entry with(State next) {
			return new Entry(this.delivery, next, this.dispatchedAt);
		}

	}

}

package dev.victor.autoconfigure.webhooks;

import java.time.Duration;
import java.time.Instant;

import dev.victor.autoconfigure.webhooks.VictorWebhookStore.StoredDelivery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory store: claims once, stays within its bound and window, and hands a stale
 * delivery out once per sweep.
 */
class InMemoryVictorWebhookStoreTests {

	private static final Instant T0 = Instant.parse("2026-11-29T12:00:00Z");

	@Test
	void aKeyIsClaimedOnce() {
		InMemoryVictorWebhookStore store = new InMemoryVictorWebhookStore(10, Duration.ofHours(1));
		assertThat(store.claim(delivery("a", T0))).isTrue();
		assertThat(store.claim(delivery("a", T0.plusSeconds(1)))).isFalse();
	}

	@Test
	void theOldestAreForgottenBeyondTheBoundAndTheWindow() {
		InMemoryVictorWebhookStore store = new InMemoryVictorWebhookStore(2, Duration.ofHours(1));
		store.claim(delivery("a", T0));
		store.claim(delivery("b", T0.plusSeconds(1)));
		store.claim(delivery("c", T0.plusSeconds(2)));
		assertThat(store.claim(delivery("a", T0.plusSeconds(3)))).as("a was evicted by the bound").isTrue();
		assertThat(store.claim(delivery("c", T0.plusSeconds(4)))).isFalse();
		assertThat(store.claim(delivery("c", T0.plusSeconds(7200)))).as("c expired").isTrue();
	}

	@Test
	void aStaleUnpublishedDeliveryIsTakenOncePerSweepAndNeverOncePublished() {
		InMemoryVictorWebhookStore store = new InMemoryVictorWebhookStore(10, Duration.ofHours(1));
		store.claim(delivery("stale", T0));
		store.claim(delivery("published", T0));
		store.markPublished("published");
		store.claim(delivery("fresh", T0.plusSeconds(100)));

		assertThat(store.takeStale(T0.plusSeconds(60), T0.plusSeconds(120), 10)).extracting(StoredDelivery::key)
			.containsExactly("stale");
		assertThat(store.takeStale(T0.plusSeconds(60), T0.plusSeconds(121), 10)).as("taken a moment ago").isEmpty();
		store.markFailed("stale");
		assertThat(store.takeStale(T0.plusSeconds(600), T0.plusSeconds(601), 10)).extracting(StoredDelivery::key)
			.containsExactly("fresh");
	}

	private static StoredDelivery delivery(String key, Instant at) {
		return new StoredDelivery(key, "{}", at);
	}

}

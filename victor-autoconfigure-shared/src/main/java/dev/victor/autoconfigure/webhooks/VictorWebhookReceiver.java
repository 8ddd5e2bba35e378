package dev.victor.autoconfigure.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.victor.autoconfigure.webhooks.VictorWebhookStore.StoredDelivery;
import dev.victor.client.json.VictorJsonCodec;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The web-independent part of the webhook endpoint: authenticates a delivery by its
 * {@code token} (compared in constant time), reads it, records it in the
 * {@link VictorWebhookStore} and hands it to the {@link WebhookPublisher}, so the
 * endpoint can answer at once. Never logs the token or the payload's values.
 */
final class VictorWebhookReceiver {

	private static final Log logger = LogFactory.getLog(VictorWebhookReceiver.class);

	private static final int MAX_LOGGED_FIELDS = 20;

	private static final int MAX_LOGGED_NAME = 40;

	private final byte[] secretDigest;

	private final int maxPayloadBytes;

	private final VictorJsonCodec json;

	private final VictorWebhookStore store;

	private final WebhookPublisher publisher;

	private final Consumer<WebhookOutcome> outcomes;

	private final Clock clock;

	VictorWebhookReceiver(String secret, int maxPayloadBytes, VictorJsonCodec json, VictorWebhookStore store,
			WebhookPublisher publisher, Consumer<WebhookOutcome> outcomes, Clock clock) {
		this.secretDigest = sha256(secret);
		this.maxPayloadBytes = maxPayloadBytes;
		this.json = json;
		this.store = store;
		this.publisher = publisher;
		this.outcomes = outcomes;
		this.clock = clock;
	}

	/**
	 * Return the largest body accepted.
	 */
	int maxPayloadBytes() {
		return this.maxPayloadBytes;
	}

	/**
	 * Tell whether a request carries the secret. Digests are compared, so the comparison
	 * takes the same time whatever the token's length or content.
	 */
	boolean authenticates(@Nullable String token) {
		return token != null && MessageDigest.isEqual(this.secretDigest, sha256(token));
	}

	/**
	 * Count what became of a delivery, and return it.
	 */
	WebhookOutcome count(WebhookOutcome outcome) {
		this.outcomes.accept(outcome);
		return outcome;
	}

	/**
	 * Take an authenticated delivery: record it, and hand it off unless it was seen
	 * before. May block on the store: call it off any event loop.
	 */
	WebhookOutcome receive(byte[] body) {
		Object tree;
		try {
			tree = this.json.readTree(body);
		}
		catch (RuntimeException ex) {
			logger.warn("Refused a Victor webhook delivery whose body is not JSON (" + body.length + " bytes)");
			return count(WebhookOutcome.REJECTED_MALFORMED);
		}
		Optional<WebhookPayload> payload = WebhookPayload.find(tree);
		if (payload.isEmpty()) {
			logger.warn("Acknowledged an unrecognised Victor webhook delivery (no transaction reference and status "
					+ "found; fields: " + fieldNames(tree) + ")");
			return count(WebhookOutcome.UNRECOGNISED);
		}
		StoredDelivery delivery = new StoredDelivery(payload.get().deliveryKey(),
				new String(body, StandardCharsets.UTF_8), this.clock.instant());
		try {
			if (!this.store.claim(delivery)) {
				return count(WebhookOutcome.DUPLICATE);
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Could not record a Victor webhook delivery; answered 503 so that Victor delivers it again",
					ex);
			return count(WebhookOutcome.REJECTED_UNAVAILABLE);
		}
		try {
			this.publisher.dispatch(delivery, payload.get());
		}
		catch (RuntimeException ex) {
			// recorded: the next sweep (of this instance or another) publishes it
			logger.warn("Could not hand a recorded Victor webhook delivery to the publisher now; it is published "
					+ "by the next sweep", ex);
		}
		return count(WebhookOutcome.PUBLISHED);
	}

	/**
	 * Name the top-level fields of an unrecognised body, never their values: at most 20
	 * names of at most 40 printable characters each, so a hostile body cannot flood or
	 * forge log lines.
	 */
	private static String fieldNames(@Nullable Object tree) {
		if (!(tree instanceof Map<?, ?> map)) {
			return (tree != null) ? "a JSON " + tree.getClass().getSimpleName() : "none";
		}
		List<String> names = map.keySet()
			.stream()
			.limit(MAX_LOGGED_FIELDS)
			.map((name) -> String.valueOf(name).replaceAll("[^\\x20-\\x7E]", "?"))
			.map((name) -> (name.length() > MAX_LOGGED_NAME) ? name.substring(0, MAX_LOGGED_NAME) + "..." : name)
			.toList();
		return names + ((map.size() > MAX_LOGGED_FIELDS) ? " and " + (map.size() - MAX_LOGGED_FIELDS) + " more" : "");
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}

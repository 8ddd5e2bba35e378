package dev.victor.autoconfigure.webhooks;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.victor.client.model.TransactionStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the receiver reads from a delivery. Victor documents no payload schema, so every
 * field name below is <b>unconfirmed</b> and kept here, in one place, to be corrected
 * once Victor publishes it: the transaction reference is the first of
 * {@link #REFERENCE_FIELDS}, the status is {@link #STATUS_FIELD}, each at the top level
 * or under {@link #DATA_FIELD}, and the delivery's own id, when present, is the first of
 * {@link #DELIVERY_ID_FIELDS} at the top level. Two deliveries are the same when they
 * name the same reference and status, which a redelivery of one event (same id) always
 * does. Nothing read here is trusted: with confirmation on, the status is read back from
 * Victor.
 *
 * @param reference the transaction reference
 * @param status the claimed status, as sent
 * @param deliveryId the delivery's own id, {@code null} when it has none
 */
record WebhookPayload(String reference, String status, @Nullable String deliveryId) {

	/** Where the delivery's own id may be, in order (unconfirmed). */
	static final List<String> DELIVERY_ID_FIELDS = List.of("event_id", "id");

	/** Where the reference may be, in order (unconfirmed). */
	static final List<String> REFERENCE_FIELDS = List.of("victor_transaction_id", "reference", "transaction_id");

	/** The status field (unconfirmed). */
	static final String STATUS_FIELD = "status";

	/** The object that may wrap the transaction fields (unconfirmed). */
	static final String DATA_FIELD = "data";

	/**
	 * Longest reference accepted: Victor ids and client references are at most 128
	 * characters.
	 */
	static final int MAX_REFERENCE_LENGTH = 128;

	/**
	 * Find the reference and status in a parsed JSON body.
	 * @param json the body as maps, lists and scalars
	 * @return the payload, or empty when the body is not an object naming a transaction
	 * and a status
	 */
	static Optional<WebhookPayload> find(@Nullable Object json) {
		if (!(json instanceof Map<?, ?> event)) {
			return Optional.empty();
		}
		String deliveryId = firstIdentifier(event, DELIVERY_ID_FIELDS);
		Optional<WebhookPayload> topLevel = in(event, deliveryId);
		return topLevel.isPresent() ? topLevel
				: (event.get(DATA_FIELD) instanceof Map<?, ?> data) ? in(data, deliveryId) : Optional.empty();
	}

	/**
	 * Return the status as this client knows it.
	 * @return the constant, {@link TransactionStatus#UNKNOWN} for a status added later
	 */
	TransactionStatus knownStatus() {
		TransactionStatus known = TransactionStatus.fromWireValue(this.status);
		return (known != null) ? known : TransactionStatus.UNKNOWN;
	}

	/**
	 * Return the key that makes two deliveries the same: the reference and the status (a
	 * redelivery of one event repeats both; a transaction reaches each status once).
	 * @return the key
	 */
	String deliveryKey() {
		TransactionStatus known = knownStatus();
		String status = (known != TransactionStatus.UNKNOWN) ? known.name() : this.status.trim();
		return this.reference + "|" + status;
	}

	private static Optional<WebhookPayload> in(Map<?, ?> object, @Nullable String deliveryId) {
		String reference = firstIdentifier(object, REFERENCE_FIELDS);
		Object status = object.get(STATUS_FIELD);
		if (reference == null || !(status instanceof String text) || text.isBlank() || text.length() > 64) {
			return Optional.empty();
		}
		return Optional.of(new WebhookPayload(reference, text, deliveryId));
	}

	/**
	 * Return the value of the first of the fields that holds a usable identifier.
	 */
	private static @Nullable String firstIdentifier(Map<?, ?> object, List<String> fields) {
		return fields.stream()
			.map(object::get)
			.filter(WebhookPayload::isIdentifier)
			.map(String.class::cast)
			.findFirst()
			.orElse(null);
	}

	private static boolean isIdentifier(@Nullable Object value) {
		return value instanceof String text && !text.isBlank() && text.length() <= MAX_REFERENCE_LENGTH
				&& text.chars().allMatch((c) -> c > 0x20 && c < 0x7F) && !text.equals(".") && !text.equals("..");
	}

}

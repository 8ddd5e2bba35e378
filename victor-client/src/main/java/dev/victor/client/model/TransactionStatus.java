package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * Status of a Victor transaction. Victor's guides spell statuses in several ways
 * ({@code On Hold}, {@code OnHold}, {@code Needs Review}); all decode to the same
 * constant, and a status added later decodes to {@link #UNKNOWN} (the receipt's other
 * fields still arrive).
 *
 * @since 0.1.0
 */
public enum TransactionStatus implements WireEnum {

	/** Created, not yet submitted (wires). */
	CREATED("Created"),

	/** Accepted, waiting to be processed; an ACH can still be cancelled. */
	PENDING("Pending"),

	/** Created in the UI and waiting for approval (wires). */
	PENDING_APPROVAL("Pending_approval"),

	/** Held for review by the bank. */
	ON_HOLD("On Hold"),

	/** Needs a manual review (wires). */
	NEEDS_REVIEW("Needs Review"),

	/** Being processed. */
	PROCESSING("Processing"),

	/** Sent to the payment network. */
	SENT("Sent"),

	/** Settled successfully. */
	SUCCESS("Success"),

	/** Failed; no money moved or it was returned. */
	FAILED("Failed"),

	/** Returned by the receiving bank after it settled (an ACH return). */
	RETURNED("Returned"),

	/** Cancelled before it was sent. */
	CANCELLED("Cancelled"),

	/** Declined (requests for payment). */
	DECLINED("Declined"),

	/** A status this client does not know yet. */
	UNKNOWN("Unknown");

	private final String wireValue;

	TransactionStatus(String wireValue) {
		this.wireValue = wireValue;
	}

	@Override
	@JsonValue
	public String wireValue() {
		return this.wireValue;
	}

	/**
	 * {@linkplain WireEnum#fromWire Decode tolerantly}: {@link #UNKNOWN} for a new value.
	 */
	@JsonCreator
	public static @Nullable TransactionStatus fromWireValue(@Nullable String value) {
		return WireEnum.fromWire(TransactionStatus.class, value, UNKNOWN);
	}

}

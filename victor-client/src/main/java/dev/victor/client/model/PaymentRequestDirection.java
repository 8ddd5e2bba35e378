package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * Whether a request for payment was sent by the caller or received from another party
 * (values named in Victor's guide).
 *
 * @since 0.1.0
 */
public enum PaymentRequestDirection implements WireEnum {

	/** Sent by the caller, asking another party to pay. */
	OUTBOUND,

	/** Received by the caller, asking the caller to pay. */
	INBOUND,

	/** A value this client does not know yet. */
	UNKNOWN;

	/** Victor sends these in upper case, as named. */
	@Override
	@JsonValue
	public String wireValue() {
		return name();
	}

	/**
	 * {@linkplain WireEnum#fromWire Decode tolerantly}: {@link #UNKNOWN} for a new value.
	 */
	@JsonCreator
	public static @Nullable PaymentRequestDirection fromWireValue(@Nullable String value) {
		return WireEnum.fromWire(PaymentRequestDirection.class, value, UNKNOWN);
	}

}

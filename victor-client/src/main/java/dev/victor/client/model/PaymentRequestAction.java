package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * How the caller answers an inbound request for payment (wire values unconfirmed).
 *
 * @since 0.1.0
 */
public enum PaymentRequestAction implements WireEnum {

	/** Pay the request. */
	ACCEPT("accept"),

	/** Decline the request; Victor marks it {@code Declined}. */
	REJECT("reject"),

	/** A value this client does not know yet. */
	UNKNOWN("unknown");

	private final String wireValue;

	PaymentRequestAction(String wireValue) {
		this.wireValue = wireValue;
	}

	@Override
	@JsonValue
	public String wireValue() {
		return this.wireValue;
	}

	/**
	 * Decode a wire value tolerantly (see {@link WireEnum}).
	 * @param value the value Victor sent
	 * @return the matching constant, or {@link #UNKNOWN}
	 */
	@JsonCreator
	public static @Nullable PaymentRequestAction fromWireValue(@Nullable String value) {
		return WireEnum.fromWire(values(), value, UNKNOWN);
	}

}

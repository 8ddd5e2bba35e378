package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * Payment type a routing number is validated for ({@code type} of
 * {@code validateRoutingNumber}, confirmed: {@code ach} or {@code wire}).
 *
 * @since 0.1.0
 */
public enum RoutingNumberType implements WireEnum {

	/** Valid for ACH payments. */
	ACH("ach"),

	/** Valid for Fedwire transfers. */
	WIRE("wire"),

	/** A value this client does not know yet. */
	UNKNOWN("unknown");

	private final String wireValue;

	RoutingNumberType(String wireValue) {
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
	public static @Nullable RoutingNumberType fromWireValue(@Nullable String value) {
		return WireEnum.fromWire(values(), value, UNKNOWN);
	}

}

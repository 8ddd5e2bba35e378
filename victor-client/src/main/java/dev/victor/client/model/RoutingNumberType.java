package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

/**
 * Payment type a routing number is validated for ({@code type} of
 * {@code validateRoutingNumber}, confirmed: {@code ach} or {@code wire}).
 *
 * @since 0.1.0
 */
public enum RoutingNumberType implements WireEnum {

	/** Valid for ACH payments. */
	ACH,

	/** Valid for Fedwire transfers. */
	WIRE,

	/** A value this client does not know yet. */
	UNKNOWN;

	/**
	 * {@linkplain WireEnum#fromWire Decode tolerantly}: {@link #UNKNOWN} for a new value.
	 */
	@JsonCreator
	public static @Nullable RoutingNumberType fromWireValue(@Nullable String value) {
		return WireEnum.fromWire(RoutingNumberType.class, value, UNKNOWN);
	}

}

package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * Direction of an ACH payment, as seen from the originating account.
 *
 * @since 0.1.0
 */
public enum AchDirection implements WireEnum {

	/** Push money to the counterparty. */
	CREDIT("credit"),

	/** Pull money from the counterparty. */
	DEBIT("debit"),

	/** A value this client does not know yet. */
	UNKNOWN("unknown");

	private final String wireValue;

	AchDirection(String wireValue) {
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
	public static @Nullable AchDirection fromWireValue(@Nullable String value) {
		return WireEnum.fromWire(values(), value, UNKNOWN);
	}

}

package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

/**
 * Direction of an ACH payment, as seen from the originating account.
 *
 * @since 0.1.0
 */
public enum AchDirection implements WireEnum {

	/** Push money to the counterparty. */
	CREDIT,

	/** Pull money from the counterparty. */
	DEBIT,

	/** A value this client does not know yet. */
	UNKNOWN;

	/**
	 * {@linkplain WireEnum#fromWire Decode tolerantly}: {@link #UNKNOWN} for a new value.
	 */
	@JsonCreator
	public static @Nullable AchDirection fromWireValue(@Nullable String value) {
		return WireEnum.fromWire(AchDirection.class, value, UNKNOWN);
	}

}

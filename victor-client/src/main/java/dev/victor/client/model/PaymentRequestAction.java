package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

/**
 * How the caller answers an inbound request for payment (wire values unconfirmed).
 *
 * @since 0.1.0
 */
public enum PaymentRequestAction implements WireEnum {

	/** Pay the request. */
	ACCEPT,

	/** Decline the request; Victor marks it {@code Declined}. */
	REJECT,

	/** A value this client does not know yet. */
	UNKNOWN;

	/**
	 * {@linkplain WireEnum#fromWire Decode tolerantly}: {@link #UNKNOWN} for a new value.
	 */
	@JsonCreator
	public static @Nullable PaymentRequestAction fromWireValue(@Nullable String value) {
		return WireEnum.fromWire(PaymentRequestAction.class, value, UNKNOWN);
	}

}

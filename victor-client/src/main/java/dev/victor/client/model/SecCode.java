package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

/**
 * NACHA standard entry class code of an ACH payment, sent in lower case.
 *
 * @since 0.1.0
 */
public enum SecCode implements WireEnum {

	/** Cash Concentration or Disbursement: business accounts. */
	CCD,

	/** Prearranged Payment and Deposit: consumer accounts, written authorisation. */
	PPD,

	/** Internet-initiated entry: consumer accounts, online authorisation. */
	WEB,

	/** A value this client does not know yet. */
	UNKNOWN;

	/**
	 * {@linkplain WireEnum#fromWire Decode tolerantly}: {@link #UNKNOWN} for a new value.
	 */
	@JsonCreator
	public static @Nullable SecCode fromWireValue(@Nullable String value) {
		return WireEnum.fromWire(SecCode.class, value, UNKNOWN);
	}

}

package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * NACHA standard entry class code of an ACH payment, sent in lower case.
 *
 * @since 0.1.0
 */
public enum SecCode implements WireEnum {

	/** Cash Concentration or Disbursement: business accounts. */
	CCD("ccd"),

	/** Prearranged Payment and Deposit: consumer accounts, written authorisation. */
	PPD("ppd"),

	/** Internet-initiated entry: consumer accounts, online authorisation. */
	WEB("web"),

	/** A value this client does not know yet. */
	UNKNOWN("unknown");

	private final String wireValue;

	SecCode(String wireValue) {
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
	public static @Nullable SecCode fromWireValue(@Nullable String value) {
		return WireEnum.fromWire(values(), value, UNKNOWN);
	}

}

package dev.victor.client.model;

import java.util.Locale;

/**
 * An enum whose constants have a Victor wire value. Decoding is tolerant: case, spaces,
 * hyphens and underscores are ignored, and a value the API adds later maps to the enum's
 * {@code UNKNOWN} constant rather than failing the whole response.
 *
 * @since 0.1.0
 */
public interface WireEnum {

	/**
	 * Return the value Victor sends and expects for this constant.
	 * @return the wire value
	 */
	String wireValue();

	/**
	 * Find the constant whose wire value or name matches {@code value} tolerantly.
	 * @param <E> the enum type
	 * @param constants all constants of the enum
	 * @param value the value read from JSON
	 * @param unknown the constant for values this client does not know
	 * @return the matching constant, or {@code unknown}; {@code null} for a null value
	 */
	static <E extends Enum<E> & WireEnum> E fromWire(E[] constants, String value, E unknown) {
		if (value == null) {
			return null;
		}
		String wanted = normalize(value);
		for (E constant : constants) {
			if (normalize(constant.wireValue()).equals(wanted) || normalize(constant.name()).equals(wanted)) {
				return constant;
			}
		}
		return unknown;
	}

	private static String normalize(String value) {
		return value.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
	}

}

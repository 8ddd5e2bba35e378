package dev.victor.client.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * An enum (only enums implement it) whose constants have a Victor wire value: by default
 * the constant's name in lower case; an enum whose values Victor spells otherwise
 * overrides {@link #wireValue()}. Decoding is tolerant: case, spaces, hyphens and
 * underscores are ignored, and a value the API adds later maps to the enum's
 * {@code UNKNOWN} constant rather than failing the whole response.
 *
 * @since 0.1.0
 */
public interface WireEnum {

	/**
	 * Return the value Victor sends and expects for this constant.
	 * @return the wire value; by default the name in lower case
	 */
	@JsonValue
	default String wireValue() {
		return WireEnumLookups.LOWER_CASE_NAMES.get(getClass())[((Enum<?>) this).ordinal()];
	}

	/**
	 * Find the constant whose wire value or name matches {@code value} tolerantly.
	 * @param <E> the enum type
	 * @param constants all constants of the enum (only their type is used now: see
	 * {@link #fromWire(Class, String, Enum)}, which needs no copy of them)
	 * @param value the value read from JSON
	 * @param unknown the constant for values this client does not know
	 * @return the matching constant, or {@code unknown}; {@code null} for a null value
	 */
	static <E extends Enum<E> & WireEnum> @Nullable E fromWire(E[] constants, @Nullable String value, E unknown) {
		return fromWire(unknown.getDeclaringClass(), value, unknown);
	}

	/**
	 * Find the constant whose wire value or name matches {@code value} tolerantly: as
	 * sent, else folded ({@link #normalize}).
	 * @param <E> the enum type
	 * @param type the enum
	 * @param value the value read from JSON
	 * @param unknown the constant for values this client does not know
	 * @return the matching constant, or {@code unknown}; {@code null} for a null value
	 */
	static <E extends Enum<E> & WireEnum> @Nullable E fromWire(Class<E> type, @Nullable String value, E unknown) {
		if (value == null) {
			return null;
		}
		Map<String, E> lookup = WireEnumLookups.of(type);
		E constant = lookup.get(value);
		if (constant == null) {
			constant = lookup.get(normalize(value));
		}
		return (constant != null) ? constant : unknown;
	}

	/**
	 * Fold a value for tolerant comparison: lower case, without white space, '_' or '-'.
	 * @param value the value
	 * @return the folded value
	 */
	static String normalize(String value) {
		StringBuilder folded = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!Character.isWhitespace(c) && c != '_' && c != '-') {
				folded.append(Character.toLowerCase(c));
			}
		}
		return folded.toString();
	}

}

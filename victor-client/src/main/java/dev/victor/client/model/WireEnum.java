package dev.victor.client.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * An enum whose constants have a Victor wire value: by default the constant's name in
 * lower case; an enum whose values Victor spells otherwise overrides
 * {@link #wireValue()}. Decoding is tolerant: case, spaces, hyphens and underscores are
 * ignored, and a value the API adds later maps to the enum's {@code UNKNOWN} constant
 * rather than failing the whole response.
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
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Return the constant's name, as {@link Enum#name()} does.
	 * @return the name
	 */
	String name();

	/**
	 * Find the constant whose wire value or name matches {@code value} tolerantly.
	 * @param <E> the enum type
	 * @param constants all constants of the enum
	 * @param value the value read from JSON
	 * @param unknown the constant for values this client does not know
	 * @return the matching constant, or {@code unknown}; {@code null} for a null value
	 */
	static <E extends Enum<E> & WireEnum> @Nullable E fromWire(E[] constants, @Nullable String value, E unknown) {
		if (value == null) {
			return null;
		}
		E constant = Lookups.of(constants).get(normalize(value));
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

	/**
	 * Per-enum maps from folded wire values and names to constants, built once.
	 */
	final class Lookups {

		private static final Map<Class<?>, Map<String, ?>> CACHE = new ConcurrentHashMap<>();

		private Lookups() {
		}

		@SuppressWarnings("unchecked")
		static <E extends Enum<E> & WireEnum> Map<String, E> of(E[] constants) {
			return (Map<String, E>) CACHE.computeIfAbsent(constants.getClass(), (type) -> {
				Map<String, E> lookup = new HashMap<>();
				for (E constant : constants) {
					lookup.putIfAbsent(normalize(constant.wireValue()), constant);
					lookup.putIfAbsent(normalize(constant.name()), constant);
				}
				return Map.copyOf(lookup);
			});
		}

	}

}

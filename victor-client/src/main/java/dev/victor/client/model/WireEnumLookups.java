package dev.victor.client.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Per-enum lookups of {@link WireEnum}, built once: constants by exact and folded wire
 * value and name, and the default wire values. Package-private: a class nested in the
 * public interface would be public.
 */
final class WireEnumLookups {

	private static final ClassValue<Map<String, ?>> CONSTANTS = new ClassValue<>() {

		@Override
		protected Map<String, ?> computeValue(Class<?> type) {
			Map<String, WireEnum> lookup = new HashMap<>();
			WireEnum[] constants = (WireEnum[]) type.getEnumConstants();
			for (WireEnum constant : constants) {
				lookup.putIfAbsent(constant.wireValue(), constant);
			}
			for (WireEnum constant : constants) {
				lookup.putIfAbsent(WireEnum.normalize(constant.wireValue()), constant);
				lookup.putIfAbsent(WireEnum.normalize(((Enum<?>) constant).name()), constant);
			}
			return Map.copyOf(lookup);
		}

	};

	static final ClassValue<String[]> LOWER_CASE_NAMES = new ClassValue<>() {

		@Override
		protected String[] computeValue(Class<?> type) {
			Class<?> enumType = type.isEnum() ? type : type.getSuperclass();
			return Arrays.stream(enumType.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
				.toArray(String[]::new);
		}

	};

	private WireEnumLookups() {
	}

	@SuppressWarnings("unchecked")
	static <E extends Enum<E> & WireEnum> Map<String, E> of(Class<E> type) {
		return (Map<String, E>) CONSTANTS.get(type);
	}

}

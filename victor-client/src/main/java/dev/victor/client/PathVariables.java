package dev.victor.client;

import java.util.List;
import java.util.Locale;

import dev.victor.client.error.VictorFieldError;
import dev.victor.client.error.VictorValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The rule for an id that goes into a request path. Spring encodes every reserved
 * character of a path variable, but {@code .} and {@code ..} are unreserved:
 * {@code getCounterparty("..")} would request {@code /v2/} instead. So a dot segment, in
 * plain or percent-encoded form, a blank id and any control character are refused at call
 * time, before anything is sent.
 */
final class PathVariables {

	private static final List<String> DOT_SEGMENTS = List.of(".", "..", "%2e", "%2e%2e", ".%2e", "%2e.");

	private PathVariables() {
	}

	/**
	 * Check a path variable.
	 * @param operation the operation, named in the error
	 * @param name the variable, named in the error
	 * @param value the value
	 * @return the value
	 * @throws VictorValidationException if the value is blank, a dot segment or holds a
	 * control character
	 */
	static Object requireSafe(String operation, String name, @Nullable Object value) {
		String problem = (value != null) ? problem(value.toString()) : "must not be blank";
		if (value == null || problem != null) {
			throw new VictorValidationException(operation, List.of(new VictorFieldError(name, problem)));
		}
		return value;
	}

	private static @Nullable String problem(String text) {
		if (text.isBlank()) {
			return "must not be blank";
		}
		if (DOT_SEGMENTS.contains(text.toLowerCase(Locale.ROOT))) {
			return "must not be '.' or '..', in any encoding";
		}
		if (text.chars().anyMatch(Character::isISOControl)) {
			return "must not contain control characters";
		}
		return null;
	}

}

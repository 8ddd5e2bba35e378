package dev.victor.client.model;

import java.util.List;
import java.util.regex.Pattern;

import dev.victor.client.error.VictorFieldError;
import dev.victor.client.error.VictorValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for ABA routing numbers, for request bodies and path parameters alike:
 * exactly nine digits.
 *
 * @since 0.1.0
 */
public final class RoutingNumbers {

	static final String VIOLATION = "must be a routing number of exactly 9 digits";

	private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

	private RoutingNumbers() {
	}

	/**
	 * Tell whether a value is a well-formed routing number.
	 * @param value the value, may be {@code null}
	 * @return whether it is exactly nine digits
	 */
	public static boolean isValid(@Nullable String value) {
		return value != null && NINE_DIGITS.matcher(value).matches();
	}

	/**
	 * Check a routing number given as a parameter of a call.
	 * @param operation the operation, named in the error
	 * @param field the parameter name
	 * @param value the value
	 * @return the value
	 * @throws VictorValidationException if it is not exactly nine digits
	 */
	public static String requireValid(String operation, String field, @Nullable String value) {
		if (value == null || !isValid(value)) {
			throw new VictorValidationException(operation, List.of(new VictorFieldError(field, VIOLATION)));
		}
		return value;
	}

}

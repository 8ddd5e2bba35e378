package dev.victor.client.error;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The body of a Victor error response, parsed leniently. The {@code ValidationErrors}
 * schema is not confirmed by the public reference, so the parser accepts the common
 * shapes: a {@code message} (or {@code error}, {@code detail}), and field errors as an
 * {@code errors} (or {@code field_errors}, {@code validation_errors}) array of objects
 * with a field name and a message, or as an object mapping field names to messages. The
 * raw body is kept, truncated to {@value #MAX_RAW_LENGTH} characters.
 *
 * @param message the error message, if the body had one
 * @param fieldErrors the field errors, possibly empty
 * @param raw the raw body, truncated
 * @since 0.1.0
 */
public record VictorErrorBody(@Nullable String message, List<VictorFieldError> fieldErrors,
		String raw) implements Serializable {

	/** The body of an answer that had none worth parsing. */
	public static final VictorErrorBody EMPTY = new VictorErrorBody(null, List.of(), "");

	/** Longest raw body kept, in characters. */
	public static final int MAX_RAW_LENGTH = 8 * 1024;

	private static final List<String> MESSAGE_FIELDS = List.of("message", "error", "detail", "error_description");

	private static final List<String> ERRORS_FIELDS = List.of("errors", "field_errors", "validation_errors");

	private static final List<String> FIELD_NAMES = List.of("field", "name", "property", "path");

	private static final List<String> FIELD_MESSAGES = List.of("message", "error", "description", "reason");

	/**
	 * Normalise the field errors to an unmodifiable list.
	 */
	public VictorErrorBody {
		fieldErrors = (fieldErrors != null) ? List.copyOf(fieldErrors) : List.of();
		raw = (raw != null) ? raw : "";
	}

	/**
	 * Parse an error body.
	 * @param body the raw bytes (may be empty)
	 * @param readTree reads JSON as maps, lists and scalars, for example
	 * {@code VictorJsonCodec::readTree}; may throw on malformed JSON
	 * @return the parsed body; never {@code null}
	 */
	public static VictorErrorBody parse(byte[] body, Function<byte[], @Nullable Object> readTree) {
		String text = new String(body, StandardCharsets.UTF_8);
		String raw = (text.length() > MAX_RAW_LENGTH) ? text.substring(0, MAX_RAW_LENGTH) : text;
		Object root;
		try {
			root = readTree.apply(body);
		}
		catch (RuntimeException ex) {
			return new VictorErrorBody(null, List.of(), raw);
		}
		if (!(root instanceof Map<?, ?> object)) {
			return new VictorErrorBody(null, List.of(), raw);
		}
		return new VictorErrorBody(firstText(object, MESSAGE_FIELDS), fieldErrors(object), raw);
	}

	private static List<VictorFieldError> fieldErrors(Map<?, ?> root) {
		List<VictorFieldError> errors = new ArrayList<>();
		for (String name : ERRORS_FIELDS) {
			Object node = root.get(name);
			if (node instanceof List<?> items) {
				for (Object item : items) {
					if (item instanceof Map<?, ?> object) {
						errors.add(new VictorFieldError(firstText(object, FIELD_NAMES),
								firstText(object, FIELD_MESSAGES)));
					}
					else if (item instanceof String message) {
						errors.add(new VictorFieldError(null, message));
					}
				}
			}
			else if (node instanceof Map<?, ?> fields) {
				fields.forEach((field, value) -> {
					Object message = (value instanceof List<?> list && !list.isEmpty()) ? list.get(0) : value;
					errors.add(new VictorFieldError(String.valueOf(field), text(message)));
				});
			}
		}
		return errors;
	}

	private static @Nullable String firstText(Map<?, ?> node, List<String> names) {
		for (String name : names) {
			Object value = node.get(name);
			if (value != null && !(value instanceof Map) && !(value instanceof List)) {
				return text(value);
			}
		}
		return null;
	}

	private static String text(@Nullable Object value) {
		return (value instanceof Map || value instanceof List) ? "" : String.valueOf(value);
	}

}

package dev.victor.client.error;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The body of a Victor error response, parsed leniently. The {@code ValidationErrors} schema
 * is not confirmed by the public reference, so the parser accepts the common shapes: a
 * {@code message} (or {@code error}, {@code detail}), and field errors as an {@code errors}
 * (or {@code field_errors}, {@code validation_errors}) array of objects with a field name and
 * a message, or as an object mapping field names to messages. The raw body is kept,
 * truncated to {@value #MAX_RAW_LENGTH} characters.
 *
 * @param message the error message, if the body had one
 * @param fieldErrors the field errors, possibly empty
 * @param raw the raw body, truncated
 * @since 0.1.0
 */
public record VictorErrorBody(String message, List<VictorFieldError> fieldErrors, String raw) implements Serializable {

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
	 * @param objectMapper the mapper to read JSON with
	 * @return the parsed body; never {@code null}
	 */
	public static VictorErrorBody parse(byte[] body, ObjectMapper objectMapper) {
		String text = new String(body, StandardCharsets.UTF_8);
		String raw = (text.length() > MAX_RAW_LENGTH) ? text.substring(0, MAX_RAW_LENGTH) : text;
		try {
			JsonNode root = objectMapper.readTree(body);
			if (root == null || !root.isObject()) {
				return new VictorErrorBody(null, List.of(), raw);
			}
			return new VictorErrorBody(firstText(root, MESSAGE_FIELDS), fieldErrors(root), raw);
		}
		catch (Exception ex) {
			return new VictorErrorBody(null, List.of(), raw);
		}
	}

	private static List<VictorFieldError> fieldErrors(JsonNode root) {
		List<VictorFieldError> errors = new ArrayList<>();
		for (String name : ERRORS_FIELDS) {
			JsonNode node = root.get(name);
			if (node != null && node.isArray()) {
				node.forEach((item) -> {
					if (item.isObject()) {
						errors.add(new VictorFieldError(firstText(item, FIELD_NAMES), firstText(item, FIELD_MESSAGES)));
					}
					else if (item.isTextual()) {
						errors.add(new VictorFieldError(null, item.asText()));
					}
				});
			}
			else if (node != null && node.isObject()) {
				Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
				while (fields.hasNext()) {
					Map.Entry<String, JsonNode> field = fields.next();
					JsonNode value = field.getValue();
					String message = value.isArray() && !value.isEmpty() ? value.get(0).asText() : value.asText();
					errors.add(new VictorFieldError(field.getKey(), message));
				}
			}
		}
		return errors;
	}

	private static String firstText(JsonNode node, List<String> names) {
		for (String name : names) {
			JsonNode value = node.get(name);
			if (value != null && value.isValueNode()) {
				return value.asText();
			}
		}
		return null;
	}

}

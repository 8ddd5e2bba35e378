package dev.victor.client.model;

import java.util.StringJoiner;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Which fields of Victor's models must never be shown in full: names, account and routing
 * numbers, secrets, OAuth client ids and contact details. Models holding one print it
 * masked in {@code toString()} (which Spring's codecs log at DEBUG), and the request log
 * masks them in bodies. Ids, amounts, statuses and dates stay readable.
 *
 * @since 0.2.0
 */
public final class SensitiveFields {

	/** What a sensitive value is shown as. */
	public static final String MASK = "****";

	private static final Pattern SENSITIVE_NAME = Pattern
		.compile("(?i).*(name|number|secret|password|token|key|client_?id|iban|ssn|tax|email|phone|address).*");

	private SensitiveFields() {
	}

	/**
	 * Tell whether a field, by its Java or JSON name, holds a sensitive value.
	 * @param fieldName the name, for example {@code accountNumber} or
	 * {@code routing_number}
	 * @return whether to mask its value
	 */
	public static boolean isSensitive(String fieldName) {
		return SENSITIVE_NAME.matcher(fieldName).matches();
	}

	/**
	 * Render a record as its generated {@code toString()} would, with sensitive
	 * components masked.
	 * @param record the record
	 * @return for example {@code Counterparty[accountNumber=****, status=Active]}
	 */
	static String toString(Record record) {
		StringJoiner text = new StringJoiner(", ", record.getClass().getSimpleName() + "[", "]");
		for (RecordValues.Component component : RecordValues.of(record.getClass())) {
			Object value = readable(component, record);
			boolean masked = value != null && isSensitive(component.name());
			text.add(component.name() + "=" + (masked ? MASK : value));
		}
		return text.toString();
	}

	private static @Nullable Object readable(RecordValues.Component component, Record record) {
		try {
			return component.valueOf(record);
		}
		catch (IllegalStateException ex) {
			return "?";
		}
	}

}

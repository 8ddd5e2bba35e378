package dev.victor.client.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.victor.client.model.SensitiveFields;

/**
 * Masks what a request log must never show in a JSON body: every value (string, number or
 * array) of a field that {@link SensitiveFields} names sensitive ({@code account_name},
 * {@code routing_number}, {@code client_secret}, {@code access_token}...). Ids, amounts,
 * statuses and dates stay readable. A body that is not JSON is replaced by its length.
 */
final class SensitiveJson {

	private static final String MASK = "\"" + SensitiveFields.MASK + "\"";

	private static final Pattern FIELD = Pattern
		.compile("(\"(?:[^\"\\\\]|\\\\.)*\")\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|\\[[^\\]]*]|-?\\d[\\d.eE+-]*)");

	private SensitiveJson() {
	}

	/**
	 * Return the body with every sensitive value masked.
	 * @param body the body as sent or received
	 * @return the masked text, fit for a log line
	 */
	static String mask(String body) {
		String trimmed = body.strip();
		if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
			return "(" + body.length() + " characters, not JSON)";
		}
		Matcher field = FIELD.matcher(body);
		StringBuilder masked = new StringBuilder(body.length());
		while (field.find()) {
			String name = field.group(1);
			String replacement = SensitiveFields.isSensitive(name) ? name + ":" + MASK : field.group();
			field.appendReplacement(masked, Matcher.quoteReplacement(replacement));
		}
		field.appendTail(masked);
		return masked.toString();
	}

}

package dev.victor.client.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * Reads an HTTP {@code Retry-After} header: delay seconds or an HTTP-date.
 *
 * @since 0.1.0
 */
public final class RetryAfter {

	/**
	 * Stands for a delay-seconds value too large to represent: longer than any cap, so
	 * the call fails at once instead of retrying.
	 */
	static final Duration LONGER_THAN_ANY_CAP = Duration.ofSeconds(Long.MAX_VALUE);

	private RetryAfter() {
	}

	/**
	 * Parse a {@code Retry-After} value.
	 * @param value the header value, or {@code null}
	 * @param clock the clock an HTTP-date is measured against
	 * @return the wait (zero for a date in the past), or {@code null} if absent or
	 * invalid
	 */
	public static @Nullable Duration parse(@Nullable String value, Clock clock) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		if (!trimmed.isEmpty() && trimmed.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			// delay-seconds; more than a long holds still means "wait longer than any
			// cap"
			return (trimmed.length() <= 18) ? Duration.ofSeconds(Long.parseLong(trimmed)) : LONGER_THAN_ANY_CAP;
		}
		try {
			ZonedDateTime date = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
			Duration wait = Duration.between(clock.instant(), date.toInstant());
			return wait.isNegative() ? Duration.ZERO : wait;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}

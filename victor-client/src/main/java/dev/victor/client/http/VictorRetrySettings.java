package dev.victor.client.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Retry settings of a Victor client: how many attempts a call gets and how long to wait
 * between them. Backoff grows exponentially from {@code initialBackoff} to
 * {@code maxBackoff}, with jitter; a {@code Retry-After} from Victor wins when present,
 * unless it exceeds {@code maxRetryAfter}, in which case the call fails at once.
 *
 * @param maxAttempts total attempts per call, the first included; 1 disables retries
 * @param initialBackoff backoff before the first retry
 * @param maxBackoff longest computed backoff
 * @param maxRetryAfter longest {@code Retry-After} the client waits for
 * @since 0.1.0
 */
public record VictorRetrySettings(int maxAttempts, Duration initialBackoff, Duration maxBackoff,
		Duration maxRetryAfter) {

	private static final VictorRetrySettings DEFAULTS = new VictorRetrySettings(3, Duration.ofMillis(200),
			Duration.ofSeconds(5), Duration.ofSeconds(30));

	/**
	 * Validate the settings.
	 */
	public VictorRetrySettings {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1");
		}
		Objects.requireNonNull(initialBackoff, "initialBackoff must not be null");
		Objects.requireNonNull(maxBackoff, "maxBackoff must not be null");
		Objects.requireNonNull(maxRetryAfter, "maxRetryAfter must not be null");
		if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0 || maxRetryAfter.isNegative()) {
			throw new IllegalArgumentException(
					"backoffs must satisfy 0 <= initialBackoff <= maxBackoff and maxRetryAfter >= 0");
		}
	}

	/**
	 * Return the defaults: 3 attempts, 200ms to 5s backoff, {@code Retry-After} up to
	 * 30s.
	 * @return the default settings
	 */
	public static VictorRetrySettings defaults() {
		return DEFAULTS;
	}

	/**
	 * Return settings that never retry.
	 * @return settings with one attempt
	 */
	public static VictorRetrySettings none() {
		return new VictorRetrySettings(1, DEFAULTS.initialBackoff, DEFAULTS.maxBackoff, DEFAULTS.maxRetryAfter);
	}

}

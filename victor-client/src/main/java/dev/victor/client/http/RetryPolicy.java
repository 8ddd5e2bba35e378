package dev.victor.client.http;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

import dev.victor.client.error.VictorApiException;
import dev.victor.client.error.VictorTransportException;

/**
 * Decides whether a failed attempt is retried, and after how long. A call is retried only
 * when repeating it cannot duplicate anything:
 * <ul>
 * <li>a request that was never sent (connect failure) is always retried;</li>
 * <li>one that may have been sent (timeout, reset) or that Victor answered with 429, 500,
 * 502, 503 or 504 is retried only when it is replay-safe: a GET, or a call carrying an
 * {@code Idempotency-Key};</li>
 * <li>every other failure, other 4xx above all, is final.</li>
 * </ul>
 * The wait grows exponentially from the initial backoff, capped, with "equal jitter" (a
 * random point in the upper half of the step). A {@code Retry-After} from Victor is used
 * instead, unless it exceeds the cap, in which case the failure surfaces at once.
 *
 * @since 0.1.0
 */
public final class RetryPolicy {

	private final VictorRetrySettings settings;

	/**
	 * Create a policy.
	 * @param settings the retry settings
	 */
	public RetryPolicy(VictorRetrySettings settings) {
		this.settings = settings;
	}

	/**
	 * Decide on a failed attempt.
	 * @param failure the failure of the attempt
	 * @param replaySafe whether the call is a GET or carries an idempotency key
	 * @param attemptsMade attempts made so far, the failed one included (1 or more)
	 * @param random the source of jitter
	 * @return the wait before the next attempt, or empty to give up
	 */
	public Optional<Duration> delayBeforeRetry(Throwable failure, boolean replaySafe, long attemptsMade,
			RandomGenerator random) {
		if (attemptsMade >= this.settings.maxAttempts() || !isRetryable(failure, replaySafe)) {
			return Optional.empty();
		}
		if (failure instanceof VictorApiException api && api.getRetryAfter().isPresent()) {
			Duration retryAfter = api.getRetryAfter().get();
			return (retryAfter.compareTo(this.settings.maxRetryAfter()) <= 0) ? Optional.of(retryAfter)
					: Optional.empty();
		}
		return Optional.of(backoff(attemptsMade, random));
	}

	/**
	 * Return the computed backoff before retry number {@code retry}: a random duration in
	 * {@code [step/2, step]} where
	 * {@code step = min(maxBackoff, initialBackoff * 2^(retry-1))}.
	 * @param retry the retry number, 1 for the first retry
	 * @param random the source of jitter
	 * @return the backoff
	 */
	public Duration backoff(long retry, RandomGenerator random) {
		Duration step = step(retry);
		long half = step.toNanos() / 2;
		return Duration.ofNanos(half + ((half > 0) ? random.nextLong(half + 1) : 0));
	}

	/**
	 * Return the upper bound of the backoff before retry number {@code retry}.
	 * @param retry the retry number, 1 for the first retry
	 * @return {@code min(maxBackoff, initialBackoff * 2^(retry-1))}
	 */
	public Duration step(long retry) {
		Duration max = this.settings.maxBackoff();
		Duration step = this.settings.initialBackoff();
		for (long i = 1; i < retry && step.compareTo(max) < 0; i++) {
			step = step.multipliedBy(2);
		}
		return (step.compareTo(max) > 0) ? max : step;
	}

	private static boolean isRetryable(Throwable failure, boolean replaySafe) {
		if (failure instanceof VictorTransportException transport) {
			return !TransportFailures.isLocalRejection(transport) && (!transport.isRequestSent() || replaySafe);
		}
		if (failure instanceof VictorApiException api) {
			return replaySafe && VictorApiException.isRetryableStatus(api.getStatusCode());
		}
		return false;
	}

}

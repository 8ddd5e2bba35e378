package dev.victor.autoconfigure.actuate;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import dev.victor.client.auth.TokenListener;
import org.jspecify.annotations.Nullable;

/**
 * Keeps track of the Victor client's authentication from its token events: when the last
 * token was obtained, and how many token problems (failed fetches or signatures, tokens
 * Victor rejected with 401) happened in a row since. Holds no token.
 *
 * @since 0.1.0
 */
public class VictorAuthenticationHealth implements TokenListener {

	private final Clock clock;

	private final AtomicReference<Instant> lastTokenIssuedAt = new AtomicReference<>();

	private final AtomicInteger consecutiveProblems = new AtomicInteger();

	private final AtomicReference<String> lastProblem = new AtomicReference<>();

	/**
	 * Create a tracker.
	 * @param clock the clock that dates token events
	 */
	public VictorAuthenticationHealth(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void onTokenIssued(String mode) {
		this.lastTokenIssuedAt.set(this.clock.instant());
	}

	@Override
	public void onTokenFailure(String mode, Throwable failure) {
		problem("obtaining a " + mode + " token failed (" + failure.getClass().getSimpleName() + ")");
	}

	@Override
	public void onTokenRejected(String mode) {
		problem("Victor rejected the " + mode + " token (HTTP 401)");
	}

	@Override
	public void onTokenAccepted(String mode) {
		if (this.consecutiveProblems.get() != 0) {
			this.consecutiveProblems.set(0);
		}
	}

	public @Nullable Instant getLastTokenIssuedAt() {
		return this.lastTokenIssuedAt.get();
	}

	public int getConsecutiveProblems() {
		return this.consecutiveProblems.get();
	}

	public @Nullable String getLastProblem() {
		return this.lastProblem.get();
	}

	private void problem(String description) {
		this.lastProblem.set(description);
		this.consecutiveProblems.incrementAndGet();
	}

}

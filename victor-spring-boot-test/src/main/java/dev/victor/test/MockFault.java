package dev.victor.test;

import java.time.Duration;
import java.util.Objects;

/**
 * A fault {@link MockVictorServer} injects into the next calls of an operation, for an
 * application's own resilience tests.
 *
 * @since 0.1.0
 */
public final class MockFault {

	enum Kind {

		STATUS, DELAY, DROP_AFTER_COMMIT

	}

	private final Kind kind;

	private final int status;

	private final Duration delay;

	private MockFault(Kind kind, int status, Duration delay) {
		this.kind = kind;
		this.status = status;
		this.delay = delay;
	}

	/**
	 * Answer with this status (and a Victor-style error body) instead of executing the
	 * call.
	 * @param status the HTTP status, for example 503
	 * @return the fault
	 */
	public static MockFault status(int status) {
		return new MockFault(Kind.STATUS, status, Duration.ZERO);
	}

	/**
	 * Execute the call normally, but answer only after a delay (for timeouts).
	 * @param delay the delay
	 * @return the fault
	 */
	public static MockFault delay(Duration delay) {
		return new MockFault(Kind.DELAY, 0, Objects.requireNonNull(delay, "delay must not be null"));
	}

	/**
	 * Execute the call (a payment is created), then close the connection without
	 * answering: the client cannot know the outcome.
	 * @return the fault
	 */
	public static MockFault dropAfterCommit() {
		return new MockFault(Kind.DROP_AFTER_COMMIT, 0, Duration.ZERO);
	}

	Kind kind() {
		return this.kind;
	}

	int statusCode() {
		return this.status;
	}

	Duration delayDuration() {
		return this.delay;
	}

	@Override
	public String toString() {
		return "MockFault[" + this.kind + ((this.kind == Kind.STATUS) ? " " + this.status : "")
				+ ((this.kind == Kind.DELAY) ? " " + this.delay : "") + "]";
	}

}

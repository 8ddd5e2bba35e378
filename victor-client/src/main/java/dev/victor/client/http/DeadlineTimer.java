package dev.victor.client.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import io.netty.util.concurrent.DefaultThreadFactory;
import reactor.core.Disposable;

/**
 * Arms the deadline of each attempt, and the pool's wait for a connection, on one shared
 * hashed-wheel timer. Reactor's {@code timeout(Duration)} arms a task on a
 * {@code ScheduledThreadPoolExecutor}: when the new deadline is the earliest (always so
 * for one caller at a time), that wakes the timer's thread, on every attempt, and
 * cancelling wakes it again; measured, this cost as much as the rest of the filter chain.
 * Arming and cancelling on the wheel is a queue operation, and the wheel's daemon thread
 * ticks on its own every {@value #TICK_MILLIS} ms, so a deadline fires at most one tick
 * late.
 */
final class DeadlineTimer {

	static final long TICK_MILLIS = 20;

	private DeadlineTimer() {
	}

	/**
	 * Run a task when the duration has passed, unless disposed first: the deadline of
	 * each attempt ({@link AttemptDeadline}) and the pool's timer for callers waiting for
	 * a connection ({@code pending-acquire-timeout}), armed and disarmed for each of
	 * them.
	 * @param task the task
	 * @param duration how long until it runs
	 * @return disarms the task
	 */
	static Disposable schedule(Runnable task, Duration duration) {
		Timeout timeout = Wheel.INSTANCE.newTimeout((expired) -> task.run(), duration.toNanos(), TimeUnit.NANOSECONDS);
		return timeout::cancel;
	}

	/** The wheel, started on first use. */
	private static final class Wheel {

		static final HashedWheelTimer INSTANCE = new HashedWheelTimer(new DefaultThreadFactory("victor-deadline", true),
				TICK_MILLIS, TimeUnit.MILLISECONDS);

	}

}

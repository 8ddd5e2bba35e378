package dev.victor.client.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoOperator;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

/**
 * Bounds one attempt by its deadline, armed on the shared {@link DeadlineTimer} wheel
 * before the attempt is subscribed. When the deadline passes before the attempt signals,
 * the attempt is cancelled (its connection is closed, not returned half-read to the pool)
 * and fails with what {@code expired} makes of the attempt's {@link AttemptProgress},
 * which the filters inside find in their context.
 * <p>
 * One subscriber does what {@code timeout(Publisher, Mono)} and {@code contextWrite} did
 * with five subscribers, a sink and a context copy on every attempt: whichever comes
 * first, the attempt's signal or the deadline, wins one compare-and-set, and the other is
 * dropped.
 *
 * @param <T> the attempt's value
 */
final class AttemptDeadline<T> extends MonoOperator<T, T> {

	private final Duration deadline;

	private final Function<AttemptProgress, Throwable> expired;

	private AttemptDeadline(Mono<? extends T> attempt, Duration deadline,
			Function<AttemptProgress, Throwable> expired) {
		super(attempt);
		this.deadline = deadline;
		this.expired = expired;
	}

	/**
	 * Bound an attempt by a deadline.
	 * @param attempt the attempt, subscribed once per subscription to the result
	 * @param deadline how long the attempt may take, from its subscription to its value
	 * @param expired the failure of an attempt past its deadline, from how far it got
	 * @return the bounded attempt
	 */
	static <T> Mono<T> of(Mono<? extends T> attempt, Duration deadline, Function<AttemptProgress, Throwable> expired) {
		return Mono.onAssembly(new AttemptDeadline<>(attempt, deadline, expired));
	}

	@Override
	public void subscribe(CoreSubscriber<? super T> actual) {
		DeadlineSubscriber<T> subscriber = new DeadlineSubscriber<>(actual, this.expired);
		actual.onSubscribe(subscriber);
		if (subscriber.cancelledAlready()) {
			// cancelled before the attempt began: it is never started, so nothing is sent
			return;
		}
		subscriber.arm(this.deadline);
		this.source.subscribe(subscriber);
	}

	/**
	 * Passes the attempt's signals on until the deadline fires, and the deadline's
	 * failure on if it fires first. The subscription to the attempt is deferred, so a
	 * request or a cancellation that comes before it is kept for it.
	 */
	private static final class DeadlineSubscriber<T> extends Operators.DeferredSubscription
			implements CoreSubscriber<T> {

		private static final int RUNNING = 0;

		private static final int SIGNALLED = 1;

		private static final int EXPIRED = 2;

		private static final int CANCELLED = 3;

		@SuppressWarnings("rawtypes")
		private static final AtomicIntegerFieldUpdater<DeadlineSubscriber> STATE = AtomicIntegerFieldUpdater
			.newUpdater(DeadlineSubscriber.class, "state");

		private final CoreSubscriber<? super T> actual;

		private final Function<AttemptProgress, Throwable> expired;

		private final AttemptProgress progress = new AttemptProgress();

		private final Context context;

		private volatile int state;

		private volatile @Nullable Disposable timer;

		DeadlineSubscriber(CoreSubscriber<? super T> actual, Function<AttemptProgress, Throwable> expired) {
			this.actual = actual;
			this.expired = expired;
			this.context = this.progress.into(actual.currentContext());
		}

		/**
		 * Arm the deadline; a signal that came first disarms it at once.
		 */
		void arm(Duration deadline) {
			Disposable armed = DeadlineTimer.schedule(this::expire, deadline);
			this.timer = armed;
			if (this.state != RUNNING) {
				armed.dispose();
			}
		}

		/** Tell whether the call was cancelled before the attempt was subscribed. */
		boolean cancelledAlready() {
			return isCancelled();
		}

		@Override
		public Context currentContext() {
			return this.context;
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			set(subscription);
		}

		@Override
		public void onNext(T value) {
			if (signalBeforeDeadline()) {
				this.actual.onNext(value);
			}
			else {
				Operators.onDiscard(value, this.context);
			}
		}

		@Override
		public void onError(Throwable failure) {
			if (signalBeforeDeadline()) {
				this.actual.onError(failure);
			}
			else {
				Operators.onErrorDropped(failure, this.context);
			}
		}

		@Override
		public void onComplete() {
			// after its value, or empty: an attempt past its deadline completes nothing
			if (this.state == SIGNALLED || signalBeforeDeadline()) {
				this.actual.onComplete();
			}
		}

		@Override
		public void cancel() {
			STATE.compareAndSet(this, RUNNING, CANCELLED);
			disarm();
			super.cancel();
		}

		/**
		 * Take the attempt's first signal, unless the deadline fired or the call was
		 * cancelled first, and disarm the deadline.
		 */
		private boolean signalBeforeDeadline() {
			if (STATE.compareAndSet(this, RUNNING, SIGNALLED)) {
				disarm();
				return true;
			}
			return false;
		}

		private void expire() {
			if (STATE.compareAndSet(this, RUNNING, EXPIRED)) {
				super.cancel();
				this.actual.onError(this.expired.apply(this.progress));
			}
		}

		private void disarm() {
			Disposable armed = this.timer;
			if (armed != null) {
				armed.dispose();
			}
		}

	}

}

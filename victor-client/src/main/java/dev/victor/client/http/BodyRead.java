package dev.victor.client.http;

import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

/**
 * Reads a response body completely into {@link BodyBytes}, then makes the attempt's
 * outcome of the bytes: a value, or the failure that {@code complete} throws. A failure
 * while reading becomes what {@code readFailure} makes of it. Every buffer is released:
 * appended ones at once, ones that arrive after a cancellation unread, and ones that an
 * operator before the reader discards.
 * <p>
 * One subscriber does what {@code collect}, {@code doOnDiscard}, {@code onErrorMap} and
 * {@code handle} did with four subscribers and a sink per attempt.
 *
 * @param <T> the outcome's type
 */
final class BodyRead<T> extends Mono<T> {

	private final Publisher<DataBuffer> body;

	private final int limit;

	private final Function<BodyBytes, T> complete;

	private final Function<Throwable, Throwable> readFailure;

	private BodyRead(Publisher<DataBuffer> body, int limit, Function<BodyBytes, T> complete,
			Function<Throwable, Throwable> readFailure) {
		this.body = body;
		this.limit = limit;
		this.complete = complete;
		this.readFailure = readFailure;
	}

	/**
	 * Read a body.
	 * @param body the response body
	 * @param limit the most bytes kept; past it the body is marked as overflowed
	 * @param complete the outcome of the bytes read; it may throw the attempt's failure
	 * @param readFailure the failure of an attempt whose body could not be read
	 * @return the outcome, once the body is read
	 */
	static <T> Mono<T> of(Publisher<DataBuffer> body, int limit, Function<BodyBytes, T> complete,
			Function<Throwable, Throwable> readFailure) {
		return Mono.onAssembly(new BodyRead<>(body, limit, complete, readFailure));
	}

	@Override
	public void subscribe(CoreSubscriber<? super T> actual) {
		this.body.subscribe(new Reader<>(actual, this));
	}

	private static final class Reader<T> extends Operators.MonoSubscriber<DataBuffer, T> {

		/** Releases a buffer that an operator before the reader discards. */
		private static final Consumer<Object> RELEASE_DISCARDED = (discarded) -> {
			if (discarded instanceof DataBuffer buffer) {
				DataBufferUtils.release(buffer);
			}
		};

		private final BodyRead<T> read;

		private final BodyBytes bytes;

		private final Context context;

		private @Nullable Subscription upstream;

		private boolean done;

		Reader(CoreSubscriber<? super T> actual, BodyRead<T> read) {
			super(actual);
			this.read = read;
			this.bytes = new BodyBytes(read.limit);
			this.context = Operators.enableOnDiscard(actual.currentContext(), RELEASE_DISCARDED);
		}

		@Override
		public Context currentContext() {
			return this.context;
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			if (Operators.validate(this.upstream, subscription)) {
				this.upstream = subscription;
				this.actual.onSubscribe(this);
				subscription.request(Long.MAX_VALUE);
			}
		}

		@Override
		public void onNext(DataBuffer buffer) {
			if (this.done || isCancelled()) {
				DataBufferUtils.release(buffer);
				return;
			}
			this.bytes.append(buffer);
		}

		@Override
		public void onError(Throwable failure) {
			if (this.done) {
				Operators.onErrorDropped(failure, currentContext());
				return;
			}
			this.done = true;
			this.actual.onError(this.read.readFailure.apply(failure));
		}

		@Override
		public void onComplete() {
			if (this.done) {
				return;
			}
			this.done = true;
			T outcome;
			try {
				outcome = this.read.complete.apply(this.bytes);
			}
			catch (RuntimeException ex) {
				this.actual.onError(ex);
				return;
			}
			complete(outcome);
		}

		@Override
		public void cancel() {
			super.cancel();
			Subscription subscription = this.upstream;
			if (subscription != null) {
				subscription.cancel();
			}
		}

	}

}

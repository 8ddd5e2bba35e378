package dev.victor.client;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.Exceptions;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Turns a {@link Flux} into a {@link Stream} that requests one item at a time, and only
 * when the stream's consumer asks for it. Reactor's {@code Flux.toStream} requests a
 * batch and replenishes it as items are taken, so the item after the last one consumed is
 * already on its way: for a paged list that is the next page, fetched although the
 * consumer stopped.
 */
final class PullStreams {

	private PullStreams() {
	}

	/**
	 * Subscribe now, request nothing until the stream is read; closing the stream
	 * cancels.
	 * @param flux the items
	 * @return a sequential, ordered stream of the items
	 */
	static <T> Stream<T> of(Flux<T> flux) {
		PullIterator<T> iterator = new PullIterator<>();
		flux.subscribe(iterator);
		return StreamSupport
			.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
			.onClose(iterator::dispose);
	}

	private static final class PullIterator<T> extends BaseSubscriber<T> implements Iterator<T> {

		private static final Object COMPLETE = new Object();

		private final BlockingQueue<Object> signals = new LinkedBlockingQueue<>();

		private @Nullable Object head;

		@Override
		protected void hookOnSubscribe(Subscription subscription) {
			// Demand comes from hasNext(), one item at a time.
		}

		@Override
		protected void hookOnNext(T value) {
			this.signals.add(value);
		}

		@Override
		protected void hookOnComplete() {
			this.signals.add(COMPLETE);
		}

		@Override
		protected void hookOnError(Throwable error) {
			this.signals.add(new Failure(error));
		}

		@Override
		public boolean hasNext() {
			if (this.head == null) {
				if (Schedulers.isInNonBlockingThread()) {
					throw new IllegalStateException(
							"Iterating a Victor list stream is blocking, which is not supported " + "in thread "
									+ Thread.currentThread().getName());
				}
				request(1);
				this.head = take();
			}
			if (this.head instanceof Failure failure) {
				throw Exceptions.propagate(failure.error());
			}
			return this.head != COMPLETE;
		}

		@Override
		@SuppressWarnings("unchecked")
		public T next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			Object value = this.head;
			this.head = null;
			return (T) Objects.requireNonNull(value);
		}

		private Object take() {
			try {
				return this.signals.take();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				dispose();
				throw Exceptions.propagate(ex);
			}
		}

	}

	private record Failure(Throwable error) {
	}

}

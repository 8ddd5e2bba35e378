package dev.victor.client;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import dev.victor.client.http.VictorHttpSettings;
import dev.victor.client.http.VictorRetrySettings;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Blocking view of a {@link VictorPaymentsClient}, for Spring MVC and other
 * thread-per-request code: the same operations, each waiting for its result. Failures are
 * thrown as they would be signalled (typed {@code VictorApiException}s,
 * {@code VictorTransportException}, {@code VictorValidationException}); each call is
 * bounded by the client's deadline and retry settings: at most
 * {@code deadline × attempts + (attempts - 1) × max(max-backoff, max-retry-after)}, which
 * the auto-configured bean also enforces as a backstop.
 * <p>
 * {@code listX} methods return lazy streams that fetch the next page only as items are
 * consumed; close a stream you stop reading early (try-with-resources) so the pending
 * page request is cancelled.
 * <p>
 * Not for use on an event loop (a Netty or WebFlux thread): a call there fails with an
 * {@code IllegalStateException} before anything is sent.
 *
 * @since 0.1.0
 */
@GeneratedBlockingView("BlockingVictorPaymentsClient")
abstract class BlockingCalls {

	private final VictorPaymentsClient client;

	private final @Nullable Duration maxWait;

	/**
	 * Create a blocking view of a reactive client.
	 * @param client the reactive client
	 */
	BlockingCalls(VictorPaymentsClient client) {
		this(client, null);
	}

	/**
	 * Create a blocking view that never waits longer than {@code maxWait} for a call, as
	 * a backstop: each attempt is already bounded by the deadline, and the retries by the
	 * retry settings (see {@link #maxWait(VictorHttpSettings, VictorRetrySettings)}).
	 * @param client the reactive client
	 * @param maxWait the longest wait for one call, or {@code null} to rely on the
	 * client's own bounds
	 */
	BlockingCalls(VictorPaymentsClient client, @Nullable Duration maxWait) {
		this.client = Objects.requireNonNull(client, "client must not be null");
		this.maxWait = maxWait;
	}

	/**
	 * Return the longest a call can take with these settings: every attempt at most its
	 * deadline, and between attempts at most the longer of the backoff cap and the
	 * longest {@code Retry-After} honoured.
	 * @param http the transport settings
	 * @param retry the retry settings
	 * @return {@code deadline × attempts + (attempts - 1) × max(max-backoff, max-retry-after)}
	 */
	public static Duration maxWait(VictorHttpSettings http, VictorRetrySettings retry) {
		Duration longestPause = (retry.maxBackoff().compareTo(retry.maxRetryAfter()) >= 0) ? retry.maxBackoff()
				: retry.maxRetryAfter();
		return http.deadline()
			.multipliedBy(retry.maxAttempts())
			.plus(longestPause.multipliedBy(retry.maxAttempts() - 1));
	}

	/**
	 * Return the longest a call can take with these settings when transaction creates
	 * resolve unknown outcomes ({@code victor.retry.resolve-unknown-outcome}): a create
	 * whose outcome is unknown is followed by its look-up, bounded the same way, so twice
	 * the bound of one call.
	 * @param http the transport settings
	 * @param retry the retry settings
	 * @param resolvesUnknownOutcomes whether the client's creates look their transaction
	 * up before failing
	 * @return {@link #maxWait(VictorHttpSettings, VictorRetrySettings)}, doubled when
	 * creates resolve unknown outcomes
	 */
	public static Duration maxWait(VictorHttpSettings http, VictorRetrySettings retry,
			boolean resolvesUnknownOutcomes) {
		Duration oneCall = maxWait(http, retry);
		return resolvesUnknownOutcomes ? oneCall.multipliedBy(2) : oneCall;
	}

	/**
	 * Return the reactive client this view blocks on.
	 * @return the reactive client
	 */
	public VictorPaymentsClient reactive() {
		return this.client;
	}

	/**
	 * Wait for every item of a call that answers all at once.
	 */
	final <T> List<T> list(Flux<T> call) {
		return await(call.collectList());
	}

	/**
	 * Return a paged listing as a stream that fetches the next page only as items are
	 * consumed.
	 */
	final <T> Stream<T> stream(Flux<T> call) {
		return PullStreams.of(call);
	}

	/**
	 * Refuse an event loop before subscribing: {@code Mono.block()} checks the thread
	 * only after it has subscribed, when the request may already be on its way to Victor.
	 */
	final <T> T await(Mono<T> call) {
		if (Schedulers.isInNonBlockingThread()) {
			throw new IllegalStateException("Calling the blocking Victor client is blocking, which is not supported "
					+ "in thread " + Thread.currentThread().getName() + "; use VictorPaymentsClient there");
		}
		T value = (this.maxWait != null) ? call.block(this.maxWait) : call.block();
		if (value == null) {
			// Never hand the caller a null receipt: an empty answer is a failure, not a
			// value.
			throw new IllegalStateException("The Victor call completed without a value");
		}
		return value;
	}

}

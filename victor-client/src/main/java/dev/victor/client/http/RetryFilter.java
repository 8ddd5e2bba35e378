package dev.victor.client.http;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

import dev.victor.client.call.VictorCall;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Repeats a failed Victor exchange as {@link RetryPolicy} allows. Every attempt re-runs
 * the filters inside this one (a fresh token, the same {@code Idempotency-Key} header),
 * and waits on Reactor's parallel scheduler, never blocking a thread; cancelling the call
 * cancels the wait and any further attempt. When the policy gives up, the last failure
 * surfaces unchanged.
 *
 * @since 0.1.0
 */
public final class RetryFilter implements ExchangeFilterFunction {

	private static final Log logger = LogFactory.getLog(RetryFilter.class);

	private static final String ATTEMPT = RetryFilter.class.getName() + ".attempt";

	private final RetryPolicy policy;

	private final RetryListener listener;

	/**
	 * Create a filter.
	 * @param policy decides on each failure
	 * @param listener told about each retry
	 */
	public RetryFilter(RetryPolicy policy, RetryListener listener) {
		this.policy = Objects.requireNonNull(policy, "policy must not be null");
		this.listener = Objects.requireNonNull(listener, "listener must not be null");
	}

	/**
	 * Return which attempt of its call an exchange is, as this filter numbers them.
	 * @param context the Reactor context of the exchange
	 * @return the attempt number, from 1; 1 outside a retry filter or while the request
	 * log is off (the number is recorded only for it)
	 */
	public static long attemptOf(ContextView context) {
		return context.<Long>getOrEmpty(ATTEMPT).orElse(1L);
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return attempt(request, next, VictorCall.of(request).replaySafe(), 1);
	}

	/**
	 * One attempt, and on failure the next one after the policy's delay. Unlike
	 * {@code retryWhen}, this allocates nothing for retries until a failure happens.
	 */
	private Mono<ClientResponse> attempt(ClientRequest request, ExchangeFunction next, boolean replaySafe,
			long attemptNumber) {
		Mono<ClientResponse> exchange = next.exchange(request);
		if (RequestLogFilter.isEnabled()) {
			exchange = exchange.contextWrite((context) -> context.put(ATTEMPT, attemptNumber));
		}
		return exchange.onErrorResume((failure) -> this.policy
			.delayBeforeRetry(failure, replaySafe, attemptNumber, ThreadLocalRandom.current())
			.map((delay) -> {
				tellListener(request, failure, delay);
				return Mono.delay(delay).then(Mono.defer(() -> attempt(request, next, replaySafe, attemptNumber + 1)));
			})
			.orElseGet(() -> Mono.error(failure)));
	}

	/**
	 * Tell the listener; one that fails is logged, and the retry goes on: counting
	 * retries must never change them.
	 */
	private void tellListener(ClientRequest request, Throwable failure, Duration delay) {
		try {
			this.listener.onRetry(request, failure, delay);
		}
		catch (RuntimeException ex) {
			logger.warn("Victor retry listener " + this.listener.getClass().getName() + " failed with "
					+ ex.getClass().getName() + "; the retry goes on");
		}
	}

	/**
	 * Told about each retry, for example to count retries in metrics.
	 */
	@FunctionalInterface
	public interface RetryListener {

		/** A listener that does nothing. */
		RetryListener NONE = (request, failure, delay) -> {
		};

		/**
		 * Called before waiting for the next attempt.
		 * @param request the request being retried
		 * @param failure the failure of the last attempt
		 * @param delay the wait before the next attempt
		 */
		void onRetry(ClientRequest request, Throwable failure, Duration delay);

	}

}

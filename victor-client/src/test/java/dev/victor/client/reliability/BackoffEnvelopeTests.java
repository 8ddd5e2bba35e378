package dev.victor.client.reliability;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import dev.victor.client.error.VictorRateLimitException;
import dev.victor.client.error.VictorServerException;
import dev.victor.client.http.RetryPolicy;
import dev.victor.client.http.VictorRetrySettings;
import dev.victor.testsupport.TestClients;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RELIABILITY.md's backoff envelope: every computed delay lies within its exponential
 * bounds, whatever the jitter; {@code Retry-After} is used when present and capped; and
 * in virtual time a retried call waits exactly what the policy says, no more.
 */
class BackoffEnvelopeTests {

	private static final VictorRetrySettings SETTINGS = new VictorRetrySettings(8, Duration.ofMillis(200),
			Duration.ofSeconds(5), Duration.ofSeconds(30));

	private final RetryPolicy policy = new RetryPolicy(SETTINGS);

	@Test
	void everyComputedDelayLiesWithinItsExponentialBoundsOverManySeeds() {
		int samples = 0;
		List<String> violations = new ArrayList<>();
		for (long seed = 0; seed < 2_000; seed++) {
			Random random = new Random(seed);
			for (int retry = 1; retry <= 12; retry++) {
				Duration upper = Duration.ofMillis(Math.min(5_000, 200L << Math.min(retry - 1, 20)));
				Duration delay = this.policy.backoff(retry, random);
				samples++;
				if (delay.compareTo(upper.dividedBy(2)) < 0 || delay.compareTo(upper) > 0) {
					violations.add("seed " + seed + " retry " + retry + ": " + delay + " outside [" + upper.dividedBy(2)
							+ ", " + upper + "]");
				}
			}
		}
		System.out.printf("Backoff envelope: %d delays over 2000 seeds, violations %d%n", samples, violations.size());
		assertThat(violations).isEmpty();
	}

	@Test
	void retryAfterWinsWhenPresentAndSurfacesBeyondTheCap() {
		VictorRateLimitException within = RetryTestExceptions.rateLimited(Duration.ofSeconds(7));
		VictorRateLimitException beyond = RetryTestExceptions.rateLimited(Duration.ofSeconds(31));
		assertThat(this.policy.delayBeforeRetry(within, true, 1, new Random(1))).contains(Duration.ofSeconds(7));
		assertThat(this.policy.delayBeforeRetry(beyond, true, 1, new Random(1))).isEmpty();
		assertThat(this.policy.delayBeforeRetry(within, false, 1, new Random(1))).as("not replay-safe").isEmpty();
		assertThat(this.policy.delayBeforeRetry(within, true, SETTINGS.maxAttempts(), new Random(1))).isEmpty();
	}

	@Test
	void aRetriedCallWaitsWithinTheEnvelopeInVirtualTime() {
		AtomicInteger exchanges = new AtomicInteger();
		ExchangeFunction failsTwice = (request) -> (exchanges.incrementAndGet() <= 2)
				? Mono.just(ClientResponse.create(HttpStatus.SERVICE_UNAVAILABLE).build())
				: Mono.just(ClientResponse.create(HttpStatus.OK).build());
		WebClient client = TestClients.virtualTimeBuilder(URI.create("http://127.0.0.1:1"))
			.retry(SETTINGS)
			.exchangeFunction(failsTwice)
			.buildWebClient();
		// retry 1 waits 100-200ms, retry 2 waits 200-400ms: done after 300-600ms, never
		// before 300ms
		StepVerifier.withVirtualTime(() -> client.get().uri("/v2/accounts").retrieve().toBodilessEntity())
			.expectSubscription()
			.thenAwait(Duration.ofMillis(299))
			.then(() -> assertThat(exchanges.get()).isLessThanOrEqualTo(2))
			.thenAwait(Duration.ofMillis(301))
			.expectNextCount(1)
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		assertThat(exchanges).hasValue(3);
	}

	@Test
	void aRetryAfterBeyondTheCapSurfacesTheRateLimitAtOnce() {
		AtomicInteger exchanges = new AtomicInteger();
		ExchangeFunction limited = (request) -> {
			exchanges.incrementAndGet();
			return Mono.just(ClientResponse.create(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "3600").build());
		};
		WebClient client = TestClients.virtualTimeBuilder(URI.create("http://127.0.0.1:1"))
			.exchangeFunction(limited)
			.buildWebClient();
		StepVerifier.create(client.get().uri("/v2/accounts").retrieve().toBodilessEntity())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(VictorRateLimitException.class,
					(limit) -> assertThat(limit.getRetryAfter()).contains(Duration.ofHours(1))))
			.verify(Duration.ofSeconds(5));
		assertThat(exchanges).hasValue(1);
	}

	@Test
	void cancellingACallStopsFurtherAttempts() {
		AtomicInteger exchanges = new AtomicInteger();
		ExchangeFunction alwaysBusy = (request) -> {
			exchanges.incrementAndGet();
			return Mono.just(ClientResponse.create(HttpStatus.SERVICE_UNAVAILABLE).build());
		};
		WebClient client = TestClients.virtualTimeBuilder(URI.create("http://127.0.0.1:1"))
			.retry(SETTINGS)
			.exchangeFunction(alwaysBusy)
			.buildWebClient();
		StepVerifier.withVirtualTime(() -> client.get().uri("/v2/accounts").retrieve().toBodilessEntity())
			.expectSubscription()
			.thenAwait(Duration.ofMillis(50))
			.thenCancel()
			.verify(Duration.ofSeconds(5));
		assertThat(exchanges).as("the first attempt only; its retry wait was cancelled").hasValue(1);
	}

	@Test
	void exhaustionSurfacesTheLastTypedFailure() {
		ExchangeFunction alwaysBusy = (request) -> Mono
			.just(ClientResponse.create(HttpStatus.SERVICE_UNAVAILABLE).build());
		WebClient client = TestClients.virtualTimeBuilder(URI.create("http://127.0.0.1:1"))
			.exchangeFunction(alwaysBusy)
			.buildWebClient();
		StepVerifier.create(client.get().uri("/v2/accounts").retrieve().toBodilessEntity())
			.expectError(VictorServerException.class)
			.verify(Duration.ofSeconds(5));
	}

}

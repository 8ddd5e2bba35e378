package dev.victor.client.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.victor.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RenewingTokenCacheTests {

	private static final Duration LIFETIME = Duration.ofSeconds(60);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));

	private final AtomicInteger fetches = new AtomicInteger();

	private final Mono<AccessToken> source = Mono.fromSupplier(() -> {
		Instant now = this.clock.instant();
		return new AccessToken("token-" + this.fetches.incrementAndGet(), "Token", now, now.plus(LIFETIME));
	});

	private final RenewingTokenCache cache = new RenewingTokenCache(this.source,
			(token) -> token.lifetime().dividedBy(2), this.clock);

	@Test
	void servesOneTokenUntilItsRenewalPoint() {
		for (int i = 0; i < 10; i++) {
			assertThat(this.cache.token().block().value()).isEqualTo("token-1");
			this.clock.advance(Duration.ofSeconds(2));
		}
		assertThat(this.fetches).hasValue(1);
	}

	@Test
	void renewsInTheBackgroundWhileStillServingTheCurrentToken() {
		this.cache.token().block();
		this.clock.advance(Duration.ofSeconds(31));
		assertThat(this.cache.token().block().value()).as("still valid: served at once").isEqualTo("token-1");
		assertThat(this.fetches).as("renewal started").hasValue(2);
		assertThat(this.cache.token().block().value()).isEqualTo("token-2");
	}

	@Test
	void waitsForANewTokenOnceTheCurrentOneIsNearlyExpired() {
		this.cache.token().block();
		this.clock.advance(Duration.ofSeconds(46));
		assertThat(this.cache.token().block().value()).isEqualTo("token-2");
		assertThat(this.fetches).hasValue(2);
	}

	@Test
	void fetchesExactlyOnceForFiftyConcurrentCallersOnAColdCache() throws InterruptedException {
		Sinks.One<AccessToken> gate = Sinks.one();
		AtomicInteger slowFetches = new AtomicInteger();
		RenewingTokenCache slow = new RenewingTokenCache(Mono.defer(() -> {
			slowFetches.incrementAndGet();
			return gate.asMono();
		}), (token) -> Duration.ofSeconds(30), this.clock);
		CountDownLatch allWaiting = new CountDownLatch(50);
		List<Mono<AccessToken>> callers = Flux.range(0, 50)
			.map((i) -> slow.token()
				.doOnSubscribe((s) -> allWaiting.countDown())
				.subscribeOn(Schedulers.parallel())
				.cache())
			.collectList()
			.block();
		callers.forEach(Mono::subscribe);
		assertThat(allWaiting.await(5, TimeUnit.SECONDS)).as("all callers wait on the cold cache").isTrue();
		Instant now = this.clock.instant();
		gate.tryEmitValue(new AccessToken("shared", "Token", now, now.plus(LIFETIME)));
		List<String> values = Flux.concat(callers).map(AccessToken::value).collectList().block();
		assertThat(values).hasSize(50).containsOnly("shared");
		assertThat(slowFetches).hasValue(1);
	}

	@Test
	void aFailedFetchFailsItsCallersAndTheNextCallTriesAgain() {
		AtomicInteger attempts = new AtomicInteger();
		RenewingTokenCache flaky = new RenewingTokenCache(
				Mono.defer(() -> (attempts.incrementAndGet() == 1)
						? Mono.error(new IllegalStateException("signing failed")) : this.source),
				(token) -> LIFETIME.dividedBy(2), this.clock);
		assertThatIllegalStateException().isThrownBy(() -> flaky.token().block()).withMessage("signing failed");
		assertThat(flaky.token().block().value()).isEqualTo("token-1");
	}

	@Test
	void aFailedBackgroundRenewalIsNotRetriedByEveryFollowingCall() {
		AtomicInteger attempts = new AtomicInteger();
		RenewingTokenCache failingRenewals = new RenewingTokenCache(
				Mono.defer(() -> (attempts.incrementAndGet() == 1) ? this.source
						: Mono.error(new IllegalStateException("token endpoint down"))),
				(token) -> LIFETIME.dividedBy(2), this.clock);
		failingRenewals.token().block();
		this.clock.advance(Duration.ofSeconds(31));
		for (int i = 0; i < 10; i++) {
			assertThat(failingRenewals.token().block().value()).as("still valid: served").isEqualTo("token-1");
		}
		assertThat(attempts).as("one fetch, one failed background renewal").hasValue(2);
		this.clock.advance(Duration.ofSeconds(3));
		failingRenewals.token().block();
		assertThat(attempts).as("tried again after the pause").hasValue(3);
		this.clock.advance(Duration.ofSeconds(12));
		assertThatIllegalStateException().as("past the usable limit: renewal in the foreground")
			.isThrownBy(() -> failingRenewals.token().block());
	}

	@Test
	void aRejectedTokenIsNotServedAgain() {
		AccessToken first = this.cache.token().block();
		this.cache.invalidate(first);
		assertThat(this.cache.token().block().value()).isEqualTo("token-2");
	}

}

package dev.victor.client.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Caches one {@link AccessToken} and renews it before it expires, so that in steady state
 * no caller waits for a new token.
 * <ul>
 * <li>Before its renewal point the cached token is served as is.</li>
 * <li>Between its renewal point and its usable limit it is still served, while one
 * renewal runs in the background.</li>
 * <li>Past its usable limit, or before the first token, callers wait for the
 * renewal.</li>
 * </ul>
 * Renewals are single-flight: however many callers arrive together, one token is fetched.
 *
 * @since 0.1.0
 */
public final class RenewingTokenCache {

	private static final Log logger = LogFactory.getLog(RenewingTokenCache.class);

	private static final Duration MAX_PAUSE = Duration.ofSeconds(5);

	/**
	 * Shortest time between two replacements of a rejected token (see
	 * {@link #invalidate}).
	 */
	static final Duration MIN_REPLACEMENT_INTERVAL = Duration.ofSeconds(1);

	private final Mono<AccessToken> tokenSource;

	private final Function<AccessToken, Duration> renewBeforeExpiry;

	private final Clock clock;

	private volatile long lastReplacement = Long.MIN_VALUE / 2;

	private final AtomicReference<CachedToken> current = new AtomicReference<>();

	private final AtomicReference<Mono<AccessToken>> renewal = new AtomicReference<>();

	/**
	 * Decides at subscription; one reusable publisher, so serving a token allocates
	 * nothing.
	 */
	private final Mono<AccessToken> deferredToken = Mono.defer(this::usableToken);

	/** After a failed background renewal, no other is started before this epoch milli. */
	private volatile long backgroundPausedUntil = Long.MIN_VALUE;

	/**
	 * Create a cache.
	 * @param tokenSource fetches a new token on each subscription
	 * @param renewBeforeExpiry how long before a token's expiry its renewal starts; the
	 * token stays usable until half that time is left
	 * @param clock the clock that decides freshness
	 */
	public RenewingTokenCache(Mono<AccessToken> tokenSource, Function<AccessToken, Duration> renewBeforeExpiry,
			Clock clock) {
		this.tokenSource = Objects.requireNonNull(tokenSource, "tokenSource must not be null");
		this.renewBeforeExpiry = Objects.requireNonNull(renewBeforeExpiry, "renewBeforeExpiry must not be null");
		this.clock = Objects.requireNonNull(clock, "clock must not be null");
	}

	/**
	 * Return a usable token: the cached one when fresh enough, otherwise the outcome of
	 * the (shared) renewal. A fresh cached token comes as a ready value (Reactor then
	 * skips the machinery of an asynchronous source); anything else is decided when the
	 * returned mono is subscribed. Call this for each request rather than keeping the
	 * mono.
	 * @return a mono of a token that is valid now
	 */
	public Mono<AccessToken> token() {
		CachedToken cached = this.current.get();
		return (cached != null && this.clock.millis() < cached.renewAt()) ? cached.mono() : this.deferredToken;
	}

	private Mono<AccessToken> usableToken() {
		CachedToken cached = this.current.get();
		if (cached == null) {
			return renew();
		}
		long now = this.clock.millis();
		if (now < cached.renewAt()) {
			return cached.mono();
		}
		if (now < cached.usableUntil()) {
			if (now >= this.backgroundPausedUntil) {
				renew().subscribe(null, (ex) -> backgroundRenewalFailed(ex, cached));
			}
			return cached.mono();
		}
		return renew();
	}

	/**
	 * A failed background renewal must not make every following call start another one
	 * while the current token is still good: pause background attempts for a tenth of the
	 * renewal window (at most 5s). Past the usable limit, callers renew in the foreground
	 * regardless.
	 */
	private void backgroundRenewalFailed(Throwable failure, CachedToken cached) {
		long pause = Math.min((cached.usableUntil() - cached.renewAt()) * 2 / 10, MAX_PAUSE.toMillis());
		this.backgroundPausedUntil = this.clock.millis() + pause;
		logger.warn("Background renewal of the Victor token failed: " + failure.getClass().getSimpleName());
	}

	/**
	 * Forget the cached token, for example after Victor rejected it; the next call
	 * fetches a new one. At most one rejected token is forgotten per
	 * {@link #MIN_REPLACEMENT_INTERVAL}: when the replacement is rejected too, a token
	 * fetched now would be rejected for the same reason (a wrong key, a clock far off),
	 * so a run of rejections costs at most one new token (one RSA signature) per
	 * interval.
	 * @param rejected the token that was rejected; a newer cached token is kept
	 */
	public void invalidate(AccessToken rejected) {
		CachedToken cached = this.current.get();
		long now = this.clock.millis();
		if (cached != null && cached.token() == rejected
				&& now - this.lastReplacement >= MIN_REPLACEMENT_INTERVAL.toMillis()
				&& this.current.compareAndSet(cached, null)) {
			this.lastReplacement = now;
		}
	}

	private Mono<AccessToken> renew() {
		while (true) {
			Mono<AccessToken> inFlight = this.renewal.get();
			if (inFlight != null) {
				return inFlight;
			}
			Sinks.One<AccessToken> sink = Sinks.one();
			Mono<AccessToken> candidate = sink.asMono();
			if (this.renewal.compareAndSet(null, candidate)) {
				this.tokenSource.subscribe((token) -> {
					this.current.set(CachedToken.of(token, this.renewBeforeExpiry.apply(token)));
					this.renewal.set(null);
					sink.tryEmitValue(token);
				}, (ex) -> {
					this.renewal.set(null);
					sink.tryEmitError(ex);
				}, () -> {
					if (this.renewal.compareAndSet(candidate, null)) {
						sink.tryEmitError(
								new IllegalStateException("The Victor token source completed without a token"));
					}
				});
				return candidate;
			}
		}
	}

	/**
	 * A token with its renewal point and usable limit (epoch millis), computed once.
	 */
	private record CachedToken(AccessToken token, Mono<AccessToken> mono, long renewAt, long usableUntil) {

		static CachedToken of(AccessToken token, Duration renewBefore) {
			long expiresAt = saturatedMillis(token.expiresAt());
			long before = saturatedMillis(renewBefore);
			return new CachedToken(token, Mono.just(token), expiresAt - before, expiresAt - before / 2);
		}

		private static long saturatedMillis(Instant instant) {
			try {
				return instant.toEpochMilli();
			}
			catch (ArithmeticException ex) {
				return (instant.isBefore(Instant.EPOCH)) ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
			}
		}

		private static long saturatedMillis(Duration duration) {
			try {
				return Math.max(0, duration.toMillis());
			}
			catch (ArithmeticException ex) {
				return Long.MAX_VALUE / 2;
			}
		}

	}

}

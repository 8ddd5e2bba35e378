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
 * <li>Past its usable limit, or before the first token, callers wait for the renewal.</li>
 * </ul>
 * Renewals are single-flight: however many callers arrive together, one token is fetched.
 *
 * @since 0.1.0
 */
public final class RenewingTokenCache {

	private static final Log logger = LogFactory.getLog(RenewingTokenCache.class);

	private static final Duration MAX_PAUSE = Duration.ofSeconds(5);

	private final Mono<AccessToken> tokenSource;

	private final Function<AccessToken, Duration> renewBeforeExpiry;

	private final Clock clock;

	private final AtomicReference<AccessToken> current = new AtomicReference<>();

	private final AtomicReference<Mono<AccessToken>> renewal = new AtomicReference<>();

	/** After a failed background renewal, no other is started before this instant. */
	private volatile Instant backgroundPausedUntil = Instant.MIN;

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
	 * the (shared) renewal.
	 * @return a mono of a token that is valid now
	 */
	public Mono<AccessToken> token() {
		return Mono.defer(() -> {
			AccessToken token = this.current.get();
			if (token == null) {
				return renew();
			}
			Instant now = this.clock.instant();
			Duration renewBefore = this.renewBeforeExpiry.apply(token);
			if (now.isBefore(token.expiresAt().minus(renewBefore))) {
				return Mono.just(token);
			}
			if (now.isBefore(token.expiresAt().minus(renewBefore.dividedBy(2)))) {
				if (!now.isBefore(this.backgroundPausedUntil)) {
					renew().subscribe(null, (ex) -> backgroundRenewalFailed(ex, renewBefore));
				}
				return Mono.just(token);
			}
			return renew();
		});
	}

	/**
	 * A failed background renewal must not make every following call start another one while
	 * the current token is still good: pause background attempts for a tenth of the renewal
	 * window (at most 5s). Past the usable limit, callers renew in the foreground regardless.
	 */
	private void backgroundRenewalFailed(Throwable failure, Duration renewBefore) {
		Duration pause = renewBefore.dividedBy(10);
		this.backgroundPausedUntil = this.clock.instant().plus((pause.compareTo(MAX_PAUSE) < 0) ? pause : MAX_PAUSE);
		logger.warn("Background renewal of the Victor token failed: " + failure.getClass().getSimpleName());
	}

	/**
	 * Forget the cached token, for example after Victor rejected it; the next call fetches
	 * a new one.
	 * @param rejected the token that was rejected; a newer cached token is kept
	 */
	public void invalidate(AccessToken rejected) {
		this.current.compareAndSet(rejected, null);
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
					this.current.set(token);
					this.renewal.set(null);
					sink.tryEmitValue(token);
				}, (ex) -> {
					this.renewal.set(null);
					sink.tryEmitError(ex);
				}, () -> {
					if (this.renewal.compareAndSet(candidate, null)) {
						sink.tryEmitError(new IllegalStateException("The Victor token source completed without a token"));
					}
				});
				return candidate;
			}
		}
	}

}

package dev.victor.client.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

import reactor.core.publisher.Mono;

/**
 * Base of authentications that serve one cached token, renewed by a
 * {@link RenewingTokenCache} before it expires and dropped when Victor rejects it.
 *
 * @since 0.1.0
 */
public abstract class CachedTokenAuthentication implements VictorAuthentication {

	private final RenewingTokenCache cache;

	/**
	 * Create an authentication over a token source.
	 * @param tokenSource fetches or signs a new token on each subscription
	 * @param renewBeforeExpiry how long before a token's expiry its renewal starts
	 * @param clock the clock that decides token freshness
	 */
	protected CachedTokenAuthentication(Mono<AccessToken> tokenSource,
			Function<AccessToken, Duration> renewBeforeExpiry, Clock clock) {
		this.cache = new RenewingTokenCache(tokenSource, renewBeforeExpiry, clock);
	}

	@Override
	public Mono<AccessToken> token() {
		return this.cache.token();
	}

	@Override
	public void rejected(AccessToken token) {
		this.cache.invalidate(token);
	}

}

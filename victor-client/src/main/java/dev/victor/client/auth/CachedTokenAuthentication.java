package dev.victor.client.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

	private final List<TokenListener> listeners = new CopyOnWriteArrayList<>();

	/**
	 * Create an authentication over a token source.
	 * @param tokenSource fetches or signs a new token on each subscription
	 * @param renewBeforeExpiry how long before a token's expiry its renewal starts
	 * @param clock the clock that decides token freshness
	 */
	protected CachedTokenAuthentication(Mono<AccessToken> tokenSource,
			Function<AccessToken, Duration> renewBeforeExpiry, Clock clock) {
		Mono<AccessToken> observed = tokenSource
			.doOnNext((token) -> this.listeners.forEach((listener) -> listener.onTokenIssued(mode())))
			.doOnError((ex) -> this.listeners.forEach((listener) -> listener.onTokenFailure(mode(), ex)));
		this.cache = new RenewingTokenCache(observed, renewBeforeExpiry, clock);
	}

	/**
	 * Be told of every token obtained or failed, including background renewals.
	 * @param listener the listener
	 * @deprecated since 0.1.0 in favour of
	 * {@link ListenedAuthentication#of(VictorAuthentication, List)} (which
	 * {@code VictorPaymentsClientBuilder.tokenListener} uses), as it works with any
	 * authentication
	 */
	@Deprecated(since = "0.1.0")
	public void addTokenListener(TokenListener listener) {
		this.listeners.add(listener);
	}

	@Override
	public Mono<AccessToken> token() {
		return this.cache.token();
	}

	@Override
	public void rejected(AccessToken token) {
		this.cache.invalidate(token);
		this.listeners.forEach((listener) -> listener.onTokenRejected(mode()));
	}

	@Override
	public void accepted(AccessToken token) {
		this.listeners.forEach((listener) -> listener.onTokenAccepted(mode()));
	}

}

package dev.victor.client.auth;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Fuseable;
import reactor.core.publisher.Mono;

/**
 * Wraps any {@link VictorAuthentication} (JWT, OAuth or an application's own) and tells
 * {@link TokenListener}s what its calls see: a token served for the first time is
 * {@linkplain TokenListener#onTokenIssued issued}, a failure to produce one is reported
 * once however many calls were waiting for it, and every rejection and acceptance is
 * passed on. The wrapped authentication is not changed, and needs no support for
 * listeners of its own.
 * <p>
 * Listeners learn of a renewal when a call first uses the new token, and of a failed
 * renewal when a call receives the failure: a background renewal that fails while the
 * current token still serves goes unreported, as it costs no call anything.
 *
 * @since 0.1.0
 */
public final class ListenedAuthentication implements VictorAuthentication {

	private static final Log logger = LogFactory.getLog(ListenedAuthentication.class);

	private final VictorAuthentication delegate;

	private final List<TokenListener> listeners;

	private final AtomicReference<@Nullable AccessToken> latest = new AtomicReference<>();

	private final AtomicReference<@Nullable Throwable> lastFailure = new AtomicReference<>();

	private ListenedAuthentication(VictorAuthentication delegate, List<TokenListener> listeners) {
		this.delegate = delegate;
		this.listeners = listeners;
	}

	/**
	 * Return an authentication that tells these listeners about the given one; the
	 * authentication itself when there are none.
	 * @param authentication the authentication to watch
	 * @param listeners the listeners, told in order
	 * @return the authentication to use in its place
	 */
	public static VictorAuthentication of(VictorAuthentication authentication, List<TokenListener> listeners) {
		Objects.requireNonNull(authentication, "authentication must not be null");
		return listeners.isEmpty() ? authentication
				: new ListenedAuthentication(authentication, List.copyOf(listeners));
	}

	/**
	 * Return the wrapped authentication's token. A token in hand (a scalar mono) is
	 * reported at once and handed on as it is, so the caller can still take it without
	 * subscribing or arming a timer; any other is reported when it arrives.
	 */
	@Override
	public Mono<AccessToken> token() {
		Mono<AccessToken> token = this.delegate.token();
		if (token instanceof Fuseable.ScalarCallable<?> ready) {
			try {
				Object value = ready.call();
				if (value instanceof AccessToken inHand) {
					served(inHand);
				}
			}
			catch (Exception ex) {
				failed(ex);
			}
			return token;
		}
		return token.doOnNext(this::served).doOnError(this::failed);
	}

	@Override
	public void rejected(AccessToken token) {
		this.delegate.rejected(token);
		tell((listener) -> listener.onTokenRejected(mode()));
	}

	@Override
	public void accepted(AccessToken token) {
		this.delegate.accepted(token);
		tell((listener) -> listener.onTokenAccepted(mode()));
	}

	@Override
	public boolean retriesRejectedRequests() {
		return this.delegate.retriesRejectedRequests();
	}

	@Override
	public String mode() {
		return this.delegate.mode();
	}

	/**
	 * Report a token the first time it is served. A call that received an older token
	 * late (while a renewal replaced it) does not count it again.
	 */
	private void served(AccessToken token) {
		AccessToken previous = this.latest.get();
		while (previous != token && (previous == null || !token.issuedAt().isBefore(previous.issuedAt()))) {
			if (this.latest.compareAndSet(previous, token)) {
				this.lastFailure.set(null);
				tell((listener) -> listener.onTokenIssued(mode()));
				return;
			}
			previous = this.latest.get();
		}
	}

	/**
	 * Report a failure once: the calls that waited on one renewal all receive the same
	 * exception.
	 */
	private void failed(Throwable failure) {
		if (this.lastFailure.getAndSet(failure) != failure) {
			tell((listener) -> listener.onTokenFailure(mode(), failure));
		}
	}

	/**
	 * Tell every listener; one that fails is logged and skipped, as watching the calls
	 * must never fail them.
	 */
	private void tell(Consumer<TokenListener> event) {
		for (TokenListener listener : this.listeners) {
			try {
				event.accept(listener);
			}
			catch (RuntimeException ex) {
				logger.warn("Victor token listener " + listener.getClass().getName() + " failed with "
						+ ex.getClass().getName() + "; the call goes on");
			}
		}
	}

	@Override
	public String toString() {
		return this.delegate.toString();
	}

}

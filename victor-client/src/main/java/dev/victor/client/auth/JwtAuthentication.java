package dev.victor.client.auth;

import java.time.Clock;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Victor's client-signed JWT authentication: {@code Authorization: Token <jwt>}. Tokens
 * are signed on a thread of the authentication's own (never on a Netty event loop, and
 * never on a scheduler the application can fill: blocking callers occupying every
 * {@code boundedElastic} worker at a cold start would otherwise wait forever for a
 * signature queued behind them), cached, and renewed in the background once half their
 * lifetime has passed, so that steady-state requests never wait for an RSA signature.
 * {@link #close()} stops that thread.
 *
 * @since 0.1.0
 */
public final class JwtAuthentication extends CachedTokenAuthentication implements AutoCloseable {

	private final VictorJwtSigner signer;

	private final @Nullable Scheduler ownScheduler;

	/**
	 * Create a JWT authentication that signs on a daemon thread of its own (released when
	 * idle for a minute).
	 * @param signer the signer
	 * @param clock the clock that decides token freshness
	 */
	public JwtAuthentication(VictorJwtSigner signer, Clock clock) {
		// One thread that may block (RSA blinding reads SecureRandom); newSingle's may
		// not.
		this(signer, clock, Schedulers.newBoundedElastic(1, Schedulers.DEFAULT_BOUNDED_ELASTIC_QUEUESIZE,
				"victor-jwt-signing", 60, true), true);
	}

	/**
	 * Create a JWT authentication.
	 * @param signer the signer
	 * @param clock the clock that decides token freshness
	 * @param signingScheduler where signatures are computed
	 */
	public JwtAuthentication(VictorJwtSigner signer, Clock clock, Scheduler signingScheduler) {
		this(signer, clock, signingScheduler, false);
	}

	private JwtAuthentication(VictorJwtSigner signer, Clock clock, Scheduler signingScheduler, boolean own) {
		super(Mono.fromCallable(Objects.requireNonNull(signer, "signer must not be null")::sign)
			.subscribeOn(signingScheduler), (token) -> token.lifetime().dividedBy(2), clock);
		this.signer = signer;
		this.ownScheduler = own ? signingScheduler : null;
	}

	/**
	 * Stop the signing thread this authentication created (a scheduler passed in is the
	 * caller's to dispose).
	 */
	@Override
	public void close() {
		if (this.ownScheduler != null) {
			this.ownScheduler.dispose();
		}
	}

	@Override
	public String mode() {
		return "jwt";
	}

	@Override
	public String toString() {
		return "JwtAuthentication[" + this.signer + "]";
	}

}

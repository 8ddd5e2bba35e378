package dev.victor.client.auth;

import java.time.Clock;
import java.util.Objects;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Victor's client-signed JWT authentication: {@code Authorization: Token <jwt>}. Tokens
 * are signed on a worker thread (never on a Netty event loop), cached, and renewed in the
 * background once half their lifetime has passed, so that steady-state requests never
 * wait for an RSA signature.
 *
 * @since 0.1.0
 */
public final class JwtAuthentication extends CachedTokenAuthentication {

	private final VictorJwtSigner signer;

	/**
	 * Create a JWT authentication that signs on Reactor's bounded-elastic scheduler.
	 * @param signer the signer
	 * @param clock the clock that decides token freshness
	 */
	public JwtAuthentication(VictorJwtSigner signer, Clock clock) {
		this(signer, clock, Schedulers.boundedElastic());
	}

	/**
	 * Create a JWT authentication.
	 * @param signer the signer
	 * @param clock the clock that decides token freshness
	 * @param signingScheduler where signatures are computed
	 */
	public JwtAuthentication(VictorJwtSigner signer, Clock clock, Scheduler signingScheduler) {
		super(Mono.fromCallable(Objects.requireNonNull(signer, "signer must not be null")::sign)
			.subscribeOn(signingScheduler), (token) -> token.lifetime().dividedBy(2), clock);
		this.signer = signer;
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

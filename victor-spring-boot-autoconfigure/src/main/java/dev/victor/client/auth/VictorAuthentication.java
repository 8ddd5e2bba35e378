package dev.victor.client.auth;

import reactor.core.publisher.Mono;

/**
 * Supplies the {@code Authorization} header value of Victor requests. Implementations
 * cache their credential and never block the calling thread.
 *
 * @since 0.1.0
 */
public interface VictorAuthentication {

	/**
	 * Return the credential for the next request.
	 * @return a mono of a token that is valid now
	 */
	Mono<AccessToken> token();

	/**
	 * Return the {@code Authorization} header value for a token.
	 * @param token a token from {@link #token()}
	 * @return the header value, for example {@code Token eyJ...}
	 */
	String authorizationHeader(AccessToken token);

	/**
	 * Tell the authentication that Victor rejected a token (HTTP 401), so it is not
	 * served again. The default does nothing.
	 * @param token the rejected token
	 */
	default void rejected(AccessToken token) {
	}

	/**
	 * Return the name of the authentication mode, for diagnostics and metric tags.
	 * @return for example {@code jwt}
	 */
	String mode();

}

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
	 * Tell the authentication that Victor rejected a token (HTTP 401), so it is not
	 * served again. The default does nothing.
	 * @param token the rejected token
	 */
	default void rejected(AccessToken token) {
	}

	/**
	 * Tell the authentication that Victor accepted a token (any answer but 401). The
	 * default does nothing.
	 * @param token the accepted token
	 */
	default void accepted(AccessToken token) {
	}

	/**
	 * Tell whether a request answered 401 is sent once more with a fresh token. A 401
	 * means Victor did not process the request, so this is safe for any request. The
	 * default is {@code false}.
	 * @return whether to retry once after a rejected token
	 */
	default boolean retriesRejectedRequests() {
		return false;
	}

	/**
	 * Return the name of the authentication mode, for diagnostics and metric tags.
	 * @return for example {@code jwt}
	 */
	String mode();

}

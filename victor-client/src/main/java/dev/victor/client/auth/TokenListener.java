package dev.victor.client.auth;

/**
 * Told when a cached authentication obtains a new token (signs a JWT or fetches an OAuth
 * access token), fails to, or has one rejected, for example to count them in metrics or
 * report health. Never given the token.
 *
 * @since 0.1.0
 */
public interface TokenListener {

	/**
	 * A new token was obtained.
	 * @param mode the authentication mode, {@code jwt} or {@code oauth}
	 */
	void onTokenIssued(String mode);

	/**
	 * Obtaining a token failed.
	 * @param mode the authentication mode
	 * @param failure the failure
	 */
	void onTokenFailure(String mode, Throwable failure);

	/**
	 * Victor rejected a token (HTTP 401). The default does nothing.
	 * @param mode the authentication mode
	 */
	default void onTokenRejected(String mode) {
	}

	/**
	 * Victor accepted a token (any answer but 401). Called for every request: keep it
	 * cheap. The default does nothing.
	 * @param mode the authentication mode
	 */
	default void onTokenAccepted(String mode) {
	}

}

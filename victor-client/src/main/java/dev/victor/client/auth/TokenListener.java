package dev.victor.client.auth;

/**
 * Told what the client's calls see of their authentication, whatever it is (see
 * {@link ListenedAuthentication}): a new token used for the first time, a failure to get
 * one, a token Victor rejected or accepted; for example to count them in metrics or
 * report health. Never given the token. A listener that throws is logged and skipped.
 *
 * @since 0.1.0
 */
public interface TokenListener {

	/**
	 * A new token was used for the first time.
	 * @param mode the authentication mode, {@code jwt} or {@code oauth}
	 */
	void onTokenIssued(String mode);

	/**
	 * Getting a token failed (reported once, however many calls waited for it).
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

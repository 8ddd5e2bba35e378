package dev.victor.client.auth;

/**
 * Thrown when key material cannot be used to sign Victor requests: not PEM, not an RSA
 * private key, too small, or not matching its public key. Messages describe the problem
 * and never contain key material.
 *
 * @since 0.1.0
 */
public class InvalidKeyMaterialException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create a new exception.
	 * @param message what is wrong, free of key material
	 */
	public InvalidKeyMaterialException(String message) {
		super(message);
	}

	/**
	 * Create a new exception.
	 * @param message what is wrong, free of key material
	 * @param cause the underlying failure
	 */
	public InvalidKeyMaterialException(String message, Throwable cause) {
		super(message, cause);
	}

}

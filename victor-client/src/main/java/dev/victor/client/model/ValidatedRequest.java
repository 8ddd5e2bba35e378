package dev.victor.client.model;

/**
 * A request body that checks the constraints Victor documents before it is sent.
 *
 * @since 0.1.0
 */
public interface ValidatedRequest {

	/**
	 * Check every documented constraint.
	 * @throws dev.victor.client.error.VictorValidationException listing every violation
	 */
	void validate();

}

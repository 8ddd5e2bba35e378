package dev.victor.client.model;

/**
 * A request body that checks the constraints Victor documents before it is sent.
 *
 * @since 0.1.0
 */
public interface ValidatedRequest {

	/**
	 * Check every documented constraint. By default a record request checks the
	 * constraints declared on its components; a request overrides this to add the
	 * constraints that span components.
	 * @throws dev.victor.client.error.VictorValidationException listing every violation
	 */
	default void validate() {
		Constraints.of(this).validate();
	}

}

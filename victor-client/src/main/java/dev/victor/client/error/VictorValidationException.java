package dev.victor.client.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A call was refused before anything was sent, because its request breaks constraints
 * Victor documents (required fields, lengths, amounts). Lists every violation at once.
 *
 * @since 0.1.0
 */
public class VictorValidationException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final List<VictorFieldError> violations;

	/**
	 * Create a new exception.
	 * @param requestType the request type, for example {@code NewAchPaymentRequest}
	 * @param violations the violated constraints, never empty
	 */
	public VictorValidationException(String requestType, List<VictorFieldError> violations) {
		super("Invalid " + requestType + ": "
				+ violations.stream().map(VictorFieldError::toString).collect(Collectors.joining("; ")));
		this.violations = List.copyOf(violations);
	}

	/**
	 * Return every violated constraint.
	 * @return the violations
	 */
	public List<VictorFieldError> getViolations() {
		return this.violations;
	}

}

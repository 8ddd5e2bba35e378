package dev.victor.autoconfigure;

/**
 * Thrown at startup when the Victor starter on the class path is not the one for the
 * running Spring Boot line, or both are there; reported by
 * {@link VictorBootLineFailureAnalyzer}.
 *
 * @since 0.1.0
 */
public class VictorBootLineMismatchException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String action;

	/**
	 * Create an exception.
	 * @param description what is wrong, naming the artifacts
	 * @param action the artifact to use or remove
	 */
	public VictorBootLineMismatchException(String description, String action) {
		super(description);
		this.action = action;
	}

	/**
	 * Return what to do about it.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

}

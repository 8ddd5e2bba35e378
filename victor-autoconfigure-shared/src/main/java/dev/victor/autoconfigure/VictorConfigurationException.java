package dev.victor.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * Thrown at startup when a {@code victor.*} property is missing or invalid. It names the
 * property, the problem and the fix, and never the property's value (which may be a
 * secret); {@link VictorConfigurationFailureAnalyzer} turns it into Spring Boot's failure
 * report.
 *
 * @since 0.1.0
 */
public class VictorConfigurationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String property;

	private final String action;

	/**
	 * Create a new exception.
	 * @param property the offending property, for example {@code victor.api-key}
	 * @param problem what is wrong, free of secrets
	 * @param action how to fix it
	 */
	public VictorConfigurationException(String property, String problem, String action) {
		this(property, problem, action, null);
	}

	/**
	 * Create a new exception.
	 * @param property the offending property, for example {@code victor.api-key}
	 * @param problem what is wrong, free of secrets
	 * @param action how to fix it
	 * @param cause the underlying failure, free of secrets
	 */
	public VictorConfigurationException(String property, String problem, String action, @Nullable Throwable cause) {
		super("Invalid Victor configuration: '" + property + "' " + problem, cause);
		this.property = property;
		this.action = action;
	}

	/**
	 * Return the offending property.
	 * @return the property name
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * Return how to fix the configuration.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

}

package dev.victor.autoconfigure;

import java.util.List;

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

	private static final String PREFIX = "Invalid Victor configuration: ";

	private final String property;

	private final String action;

	private final String problem;

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
		super(PREFIX + "'" + property + "' " + problem, cause);
		this.problem = problem;
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

	/**
	 * Throw the problems found: the one, or all of them in one exception whose message
	 * and action list each, so a failure report names every wrong property at once.
	 * @param problems the problems, possibly none
	 * @throws VictorConfigurationException if there is at least one
	 */
	public static void throwIfAny(List<VictorConfigurationException> problems) {
		if (problems.size() == 1) {
			throw problems.get(0);
		}
		if (!problems.isEmpty()) {
			StringBuilder problem = new StringBuilder("and ").append(problems.size() - 1).append(" more:");
			StringBuilder action = new StringBuilder();
			for (VictorConfigurationException each : problems) {
				problem.append(System.lineSeparator())
					.append("  - '")
					.append(each.getProperty())
					.append("' ")
					.append(each.problem);
				action.append((action.length() > 0) ? System.lineSeparator() : "")
					.append("- ")
					.append(each.getAction());
			}
			throw new VictorConfigurationException(problems.get(0).getProperty(), problem.toString(),
					action.toString());
		}
	}

}

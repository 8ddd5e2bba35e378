package dev.victor.autoconfigure;

import java.time.Duration;

import dev.victor.client.VictorClientRules;

/**
 * Checks the connection-level {@code victor.*} properties once, at startup. Authentication
 * properties are checked where the authentication is built ({@link VictorAuthenticationFactory}),
 * so an application that supplies its own authentication bean does not need them.
 *
 * @since 0.1.0
 */
final class VictorPropertiesValidator {

	private VictorPropertiesValidator() {
	}

	/**
	 * Validate the properties.
	 * @param properties the bound properties
	 * @throws VictorConfigurationException naming the first invalid property
	 */
	static void validate(VictorProperties properties) {
		if (properties.getEnvironment() == null) {
			throw new VictorConfigurationException("victor.environment", "is empty",
					"Set victor.environment to 'staging' or 'production'.");
		}
		if (properties.getBaseUrl() != null) {
			VictorClientRules.baseUrlProblem(properties.getBaseUrl()).ifPresent((problem) -> {
				throw new VictorConfigurationException("victor.base-url", "is not allowed: " + problem,
						"Remove victor.base-url to use the " + properties.getEnvironment().tagValue()
								+ " URL, or set an https URL (http only to localhost).");
			});
		}
		requirePositive("victor.http.connect-timeout", properties.getHttp().getConnectTimeout());
		requirePositive("victor.http.response-timeout", properties.getHttp().getResponseTimeout());
		VictorProperties.Retry retry = properties.getRetry();
		if (retry.getMaxAttempts() < 1) {
			throw new VictorConfigurationException("victor.retry.max-attempts",
					"must be at least 1 but is " + retry.getMaxAttempts(),
					"Set victor.retry.max-attempts to 1 (no retries) or more; the default is 3.");
		}
		requirePositive("victor.retry.initial-backoff", retry.getInitialBackoff());
		requirePositive("victor.retry.max-backoff", retry.getMaxBackoff());
		if (retry.getMaxBackoff().compareTo(retry.getInitialBackoff()) < 0) {
			throw new VictorConfigurationException("victor.retry.max-backoff",
					"(" + retry.getMaxBackoff() + ") is shorter than victor.retry.initial-backoff ("
							+ retry.getInitialBackoff() + ")",
					"Set victor.retry.max-backoff to at least victor.retry.initial-backoff.");
		}
	}

	private static void requirePositive(String property, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new VictorConfigurationException(property, "must be a positive duration but is " + value,
					"Set " + property + " to a positive duration such as '5s' or '500ms'.");
		}
	}

}

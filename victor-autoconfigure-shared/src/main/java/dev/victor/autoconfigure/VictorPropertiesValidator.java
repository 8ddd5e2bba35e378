package dev.victor.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.victor.client.VictorClientRules;
import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * Checks the connection-level {@code victor.*} properties once, at startup.
 * Authentication properties are checked where the authentication is built
 * ({@link VictorAuthenticationFactory}), so an application that supplies its own
 * authentication bean does not need them.
 *
 * @since 0.1.0
 */
final class VictorPropertiesValidator {

	/** An unresolved {@code ${NAME}} or {@code ${NAME:default}}; the name is group 1. */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)[^}]*}");

	private static final int MIN_WEBHOOK_SECRET_LENGTH = 16;

	/** The JDBC store's payload column holds at most this much. */
	private static final DataSize MAX_WEBHOOK_PAYLOAD = DataSize.ofKilobytes(1024);

	/** The properties as bound when nothing is set: the defaults the messages quote. */
	private static final VictorProperties DEFAULTS = new VictorProperties();

	private VictorPropertiesValidator() {
	}

	/**
	 * Validate the properties, reporting every problem at once.
	 * @param properties the bound properties
	 * @throws VictorConfigurationException naming each invalid property
	 */
	static void validate(VictorProperties properties) {
		List<VictorConfigurationException> problems = new ArrayList<>();
		collect(problems, () -> validateUnresolvedPlaceholders(properties));
		collect(problems, () -> validateConnection(properties));
		collect(problems, () -> validateHttp(properties.getHttp()));
		collect(problems, () -> validateProxy(properties.getHttp().getProxy()));
		collect(problems, () -> validateRetry(properties.getRetry()));
		collect(problems, () -> validateWebhooks(properties.getWebhooks()));
		VictorConfigurationException.throwIfAny(problems);
	}

	/**
	 * Run a group of checks, each throwing on its first problem, and keep every problem.
	 */
	private static void collect(List<VictorConfigurationException> problems, Runnable checks) {
		try {
			checks.run();
		}
		catch (VictorConfigurationException ex) {
			problems.add(ex);
		}
	}

	/**
	 * A value such as {@code ${VICTOR_API_KEY}} left as it is because the variable is
	 * unset: without this check its literal text would be sent as the JWT subject.
	 */
	private static void validateUnresolvedPlaceholders(VictorProperties properties) {
		List<VictorConfigurationException> unresolved = new ArrayList<>();
		unresolved(unresolved, "victor.api-key", properties.getApiKey());
		unresolved(unresolved, "victor.private-key-path", properties.getPrivateKeyPath());
		unresolved(unresolved, "victor.private-key-pem", properties.getPrivateKeyPem());
		unresolved(unresolved, "victor.public-key-path", properties.getPublicKeyPath());
		unresolved(unresolved, "victor.auth.client-id", properties.getAuth().getClientId());
		unresolved(unresolved, "victor.auth.client-secret", properties.getAuth().getClientSecret());
		unresolved(unresolved, "victor.http.proxy.username", properties.getHttp().getProxy().getUsername());
		unresolved(unresolved, "victor.http.proxy.password", properties.getHttp().getProxy().getPassword());
		unresolved(unresolved, "victor.webhooks.secret", properties.getWebhooks().getSecret());
		VictorConfigurationException.throwIfAny(unresolved);
	}

	private static void unresolved(List<VictorConfigurationException> problems, String property,
			@Nullable String value) {
		Matcher placeholder = (value != null) ? PLACEHOLDER.matcher(value) : null;
		if (placeholder != null && placeholder.find()) {
			String name = placeholder.group(1);
			problems.add(new VictorConfigurationException(property,
					"refers to ${" + name + "}, which is not set (no such environment variable or property)",
					"Set the environment variable or property " + name + " (for example export " + name
							+ "=...), or give " + property + " a value of its own."));
		}
	}

	private static void validateConnection(VictorProperties properties) {
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
	}

	private static void validateRetry(VictorProperties.Retry retry) {
		if (retry.getMaxAttempts() < 1) {
			throw new VictorConfigurationException("victor.retry.max-attempts",
					"must be at least 1 but is " + retry.getMaxAttempts(),
					"Set victor.retry.max-attempts to 1 (no retries) or more; the default is "
							+ DEFAULTS.getRetry().getMaxAttempts() + ".");
		}
		requirePositive("victor.retry.initial-backoff", retry.getInitialBackoff());
		requirePositive("victor.retry.max-backoff", retry.getMaxBackoff());
		if (retry.getMaxRetryAfter() == null || retry.getMaxRetryAfter().isNegative()) {
			throw new VictorConfigurationException("victor.retry.max-retry-after",
					"must be zero or positive but is " + retry.getMaxRetryAfter(),
					"Set victor.retry.max-retry-after to the longest Retry-After to wait for, such as '30s'.");
		}
		if (retry.getMaxBackoff().compareTo(retry.getInitialBackoff()) < 0) {
			throw new VictorConfigurationException("victor.retry.max-backoff",
					"(" + retry.getMaxBackoff() + ") is shorter than victor.retry.initial-backoff ("
							+ retry.getInitialBackoff() + ")",
					"Set victor.retry.max-backoff to at least victor.retry.initial-backoff.");
		}
	}

	private static void validateProxy(VictorProperties.Proxy proxy) {
		boolean hostSet = proxy.getHost() != null && !proxy.getHost().isBlank();
		if (proxy.isUseSystemProperties() && hostSet) {
			throw new VictorConfigurationException("victor.http.proxy.use-system-properties",
					"is true while victor.http.proxy.host is also set",
					"Either remove victor.http.proxy.host to use the JVM's https.proxyHost, or set "
							+ "victor.http.proxy.use-system-properties to false.");
		}
		if (!hostSet) {
			if (proxy.getPort() != null || proxy.getUsername() != null || proxy.getPassword() != null) {
				throw new VictorConfigurationException("victor.http.proxy.host",
						"is empty while other " + "victor.http.proxy.* properties are set",
						"Set victor.http.proxy.host to the proxy's host name.");
			}
			return;
		}
		if (proxy.getPort() == null || proxy.getPort() < 1 || proxy.getPort() > 65535) {
			throw new VictorConfigurationException("victor.http.proxy.port",
					"must be between 1 and 65535 but is " + proxy.getPort(),
					"Set victor.http.proxy.port to the proxy's port, such as 3128 or 1080.");
		}
		if ((proxy.getUsername() == null) != (proxy.getPassword() == null)) {
			throw new VictorConfigurationException("victor.http.proxy.username",
					"and victor.http.proxy.password must be set together",
					"Set both victor.http.proxy.username and victor.http.proxy.password, or neither.");
		}
	}

	private static void validateHttp(VictorProperties.Http http) {
		requirePositive("victor.http.connect-timeout", http.getConnectTimeout());
		requirePositive("victor.http.response-timeout", http.getResponseTimeout());
		requirePositive("victor.http.pending-acquire-timeout", http.getPendingAcquireTimeout());
		requirePositive("victor.http.max-idle-time", http.getMaxIdleTime());
		requirePositive("victor.http.max-life-time", http.getMaxLifeTime());
		requirePositive("victor.http.eviction-interval", http.getEvictionInterval());
		requirePositive("victor.http.deadline", http.getDeadline());
		if (http.getMaxPendingAcquires() < 1) {
			throw new VictorConfigurationException("victor.http.max-pending-acquires",
					"must be at least 1 but is " + http.getMaxPendingAcquires(),
					"Set victor.http.max-pending-acquires to how many callers may wait for a connection; "
							+ "the default is " + DEFAULTS.getHttp().getMaxPendingAcquires() + ".");
		}
		if (http.getMaxConnections() < 1) {
			throw new VictorConfigurationException("victor.http.max-connections",
					"must be at least 1 but is " + http.getMaxConnections(),
					"Set victor.http.max-connections to a positive number; the default is "
							+ DEFAULTS.getHttp().getMaxConnections() + ".");
		}
		DataSize size = http.getMaxInMemorySize();
		if (size == null || size.toBytes() < 1 || size.toBytes() > Integer.MAX_VALUE) {
			throw new VictorConfigurationException("victor.http.max-in-memory-size",
					"must be between 1B and 2GB but is " + size,
					"Set victor.http.max-in-memory-size to a size such as '1MB' or '256KB'.");
		}
	}

	private static void validateWebhooks(VictorProperties.Webhooks webhooks) {
		if (!webhooks.isEnabled()) {
			return;
		}
		String secret = webhooks.getSecret();
		if (secret == null || secret.isBlank() || secret.length() < MIN_WEBHOOK_SECRET_LENGTH) {
			throw new VictorConfigurationException("victor.webhooks.secret",
					(secret == null || secret.isBlank()) ? "is empty while victor.webhooks.enabled is true"
							: "is shorter than " + MIN_WEBHOOK_SECRET_LENGTH + " characters",
					"Set victor.webhooks.secret to at least " + MIN_WEBHOOK_SECRET_LENGTH + " random characters "
							+ "(for example from 'openssl rand -hex 24') and register " + "https://<your-app>"
							+ webhooks.getPath() + "?token=<the secret> with Victor.");
		}
		String path = webhooks.getPath();
		if (path == null || !path.startsWith("/") || path.contains("?") || path.contains("{")) {
			throw new VictorConfigurationException("victor.webhooks.path",
					"must be a plain path starting with '/' but is '" + path + "'",
					"Set victor.webhooks.path to a path such as /victor/webhooks.");
		}
		DataSize size = webhooks.getMaxPayloadSize();
		if (size == null || size.toBytes() < 1 || size.toBytes() > MAX_WEBHOOK_PAYLOAD.toBytes()) {
			throw new VictorConfigurationException("victor.webhooks.max-payload-size",
					"must be between 1B and " + MAX_WEBHOOK_PAYLOAD.toKilobytes() + "KB but is " + size,
					"Set victor.webhooks.max-payload-size to a size such as '64KB'.");
		}
		if (webhooks.getConfirmAttempts() < 1) {
			throw new VictorConfigurationException("victor.webhooks.confirm-attempts",
					"must be at least 1 but is " + webhooks.getConfirmAttempts(),
					"Set victor.webhooks.confirm-attempts to 1 or more; the default is "
							+ DEFAULTS.getWebhooks().getConfirmAttempts() + ".");
		}
		if (webhooks.getMaxRememberedDeliveries() < 1) {
			throw new VictorConfigurationException("victor.webhooks.max-remembered-deliveries",
					"must be at least 1 but is " + webhooks.getMaxRememberedDeliveries(),
					"Set victor.webhooks.max-remembered-deliveries to a positive number; the default is "
							+ DEFAULTS.getWebhooks().getMaxRememberedDeliveries() + ".");
		}
		requirePositive("victor.webhooks.confirm-backoff", webhooks.getConfirmBackoff());
		requirePositive("victor.webhooks.redispatch-after", webhooks.getRedispatchAfter());
		requirePositive("victor.webhooks.deduplication-window", webhooks.getDeduplicationWindow());
	}

	private static void requirePositive(String property, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new VictorConfigurationException(property, "must be a positive duration but is " + value,
					"Set " + property + " to a positive duration such as '5s' or '500ms'.");
		}
	}

}

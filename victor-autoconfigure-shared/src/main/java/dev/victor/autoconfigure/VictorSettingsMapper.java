package dev.victor.autoconfigure;

import dev.victor.client.http.VictorHttpSettings;
import dev.victor.client.http.VictorProxy;
import dev.victor.client.http.VictorRetrySettings;

/**
 * Maps validated {@link VictorProperties} onto the immutable settings the client
 * consumes.
 *
 * @since 0.1.0
 */
final class VictorSettingsMapper {

	private VictorSettingsMapper() {
	}

	static VictorHttpSettings http(VictorProperties properties) {
		VictorProperties.Http http = properties.getHttp();
		return new VictorHttpSettings(http.getConnectTimeout(), http.getResponseTimeout(), http.getMaxConnections(),
				http.getPendingAcquireTimeout(), http.getMaxIdleTime(), http.getMaxLifeTime(),
				http.getEvictionInterval(), Math.toIntExact(http.getMaxInMemorySize().toBytes()), http.getDeadline(),
				http.getMaxPendingAcquires());
	}

	static VictorProxy proxy(VictorProperties properties) {
		VictorProperties.Proxy proxy = properties.getHttp().getProxy();
		if (proxy.isUseSystemProperties()) {
			return VictorProxy.systemProperties();
		}
		String host = proxy.getHost();
		Integer port = proxy.getPort();
		if (host == null || host.isBlank() || port == null) {
			return VictorProxy.none();
		}
		VictorProxy configured = VictorProxy.of(proxy.getType(), host, port)
			.withNonProxyHosts(proxy.getNonProxyHosts());
		String username = proxy.getUsername();
		String password = proxy.getPassword();
		return (username != null && password != null) ? configured.withCredentials(username, password) : configured;
	}

	static VictorRetrySettings retry(VictorProperties properties) {
		VictorProperties.Retry retry = properties.getRetry();
		return new VictorRetrySettings(retry.getMaxAttempts(), retry.getInitialBackoff(), retry.getMaxBackoff(),
				retry.getMaxRetryAfter());
	}

}

package dev.victor.autoconfigure;

import dev.victor.client.http.VictorHttpSettings;
import dev.victor.client.http.VictorRetrySettings;

/**
 * Maps validated {@link VictorProperties} onto the immutable settings the client consumes.
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

	static VictorRetrySettings retry(VictorProperties properties) {
		VictorProperties.Retry retry = properties.getRetry();
		return new VictorRetrySettings(retry.getMaxAttempts(), retry.getInitialBackoff(), retry.getMaxBackoff(),
				retry.getMaxRetryAfter());
	}

}

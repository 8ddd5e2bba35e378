package dev.victor.client.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Transport settings of a Victor client: timeouts, the connection pool and the largest
 * response body held in memory. Reactor Netty leaves most of these unset; the defaults
 * here are explicit, and idle connections are closed well before common server keep-alive
 * limits (30-60s) can close them under a request.
 *
 * @param connectTimeout TCP connect timeout
 * @param responseTimeout longest wait for a response once the request was sent
 * @param maxConnections most connections the pool opens
 * @param pendingAcquireTimeout longest wait for a pooled connection
 * @param maxIdleTime idle time after which a pooled connection is closed
 * @param maxLifeTime age after which a pooled connection is retired
 * @param evictionInterval interval of background eviction of idle and expired connections
 * @param maxInMemorySize largest response body, in bytes, held in memory
 * @param deadline bound on a whole attempt, from sending the request to the last byte of
 * the response, however the server trickles
 * @param maxPendingAcquires callers that may wait for a pooled connection; beyond it a
 * call fails at once, never sent
 * @since 0.1.0
 */
public record VictorHttpSettings(Duration connectTimeout, Duration responseTimeout, int maxConnections,
		Duration pendingAcquireTimeout, Duration maxIdleTime, Duration maxLifeTime, Duration evictionInterval,
		int maxInMemorySize, Duration deadline, int maxPendingAcquires) {

	private static final VictorHttpSettings DEFAULTS = new VictorHttpSettings(Duration.ofSeconds(5),
			Duration.ofSeconds(30), 500, Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofMinutes(5),
			Duration.ofSeconds(10), 1024 * 1024, Duration.ofSeconds(60), 1000);

	/**
	 * Validate the settings.
	 */
	public VictorHttpSettings {
		requirePositive("connectTimeout", connectTimeout);
		requirePositive("responseTimeout", responseTimeout);
		requirePositive("pendingAcquireTimeout", pendingAcquireTimeout);
		requirePositive("maxIdleTime", maxIdleTime);
		requirePositive("maxLifeTime", maxLifeTime);
		requirePositive("evictionInterval", evictionInterval);
		requirePositive("deadline", deadline);
		if (maxPendingAcquires < 1) {
			throw new IllegalArgumentException("maxPendingAcquires must be at least 1");
		}
		if (maxConnections < 1) {
			throw new IllegalArgumentException("maxConnections must be at least 1");
		}
		if (maxInMemorySize < 1) {
			throw new IllegalArgumentException("maxInMemorySize must be at least 1 byte");
		}
	}

	/**
	 * Return the defaults: 5s connect, 30s response, 500 connections (as many as the
	 * shared pool of Spring's own {@code WebClient}), 10s pending acquire, 20s max idle,
	 * 5m max life, eviction every 10s, 1 MiB bodies, a 60s deadline per attempt and 1000
	 * callers waiting for a connection.
	 * @return the default settings
	 */
	public static VictorHttpSettings defaults() {
		return DEFAULTS;
	}

	/**
	 * Return a copy with another connect timeout.
	 * @param connectTimeout the timeout
	 * @return new settings
	 */
	public VictorHttpSettings withConnectTimeout(Duration connectTimeout) {
		return new VictorHttpSettings(connectTimeout, this.responseTimeout, this.maxConnections,
				this.pendingAcquireTimeout, this.maxIdleTime, this.maxLifeTime, this.evictionInterval,
				this.maxInMemorySize, this.deadline, this.maxPendingAcquires);
	}

	/**
	 * Return a copy with another response timeout.
	 * @param responseTimeout the timeout
	 * @return new settings
	 */
	public VictorHttpSettings withResponseTimeout(Duration responseTimeout) {
		return new VictorHttpSettings(this.connectTimeout, responseTimeout, this.maxConnections,
				this.pendingAcquireTimeout, this.maxIdleTime, this.maxLifeTime, this.evictionInterval,
				this.maxInMemorySize, this.deadline, this.maxPendingAcquires);
	}

	/**
	 * Return a copy with another pooled-connection idle limit.
	 * @param maxIdleTime the idle limit
	 * @return new settings
	 */
	public VictorHttpSettings withMaxIdleTime(Duration maxIdleTime) {
		return new VictorHttpSettings(this.connectTimeout, this.responseTimeout, this.maxConnections,
				this.pendingAcquireTimeout, maxIdleTime, this.maxLifeTime, this.evictionInterval, this.maxInMemorySize,
				this.deadline, this.maxPendingAcquires);
	}

	/**
	 * Return a copy with another connection limit.
	 * @param maxConnections the most connections the pool opens
	 * @return new settings
	 */
	public VictorHttpSettings withMaxConnections(int maxConnections) {
		return new VictorHttpSettings(this.connectTimeout, this.responseTimeout, maxConnections,
				this.pendingAcquireTimeout, this.maxIdleTime, this.maxLifeTime, this.evictionInterval,
				this.maxInMemorySize, this.deadline, this.maxPendingAcquires);
	}

	/**
	 * Return a copy with another whole-attempt deadline.
	 * @param deadline the deadline
	 * @return new settings
	 */
	public VictorHttpSettings withDeadline(Duration deadline) {
		return new VictorHttpSettings(this.connectTimeout, this.responseTimeout, this.maxConnections,
				this.pendingAcquireTimeout, this.maxIdleTime, this.maxLifeTime, this.evictionInterval,
				this.maxInMemorySize, deadline, this.maxPendingAcquires);
	}

	/**
	 * Return a copy with another limit on callers waiting for a connection.
	 * @param maxPendingAcquires the limit
	 * @return new settings
	 */
	public VictorHttpSettings withMaxPendingAcquires(int maxPendingAcquires) {
		return new VictorHttpSettings(this.connectTimeout, this.responseTimeout, this.maxConnections,
				this.pendingAcquireTimeout, this.maxIdleTime, this.maxLifeTime, this.evictionInterval,
				this.maxInMemorySize, this.deadline, maxPendingAcquires);
	}

	private static void requirePositive(String name, Duration value) {
		Objects.requireNonNull(value, () -> name + " must not be null");
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(name + " must be positive");
		}
	}

}

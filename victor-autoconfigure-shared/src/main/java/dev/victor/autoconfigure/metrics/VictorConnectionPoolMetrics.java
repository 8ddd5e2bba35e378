package dev.victor.autoconfigure.metrics;

import java.net.SocketAddress;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import reactor.netty.resources.ConnectionPoolMetrics;
import reactor.netty.resources.ConnectionProvider;

/**
 * Publishes the Victor connection pool's state as gauges in the application's registry:
 * {@code victor.client.pool.connections} tagged {@code state} = {@code active},
 * {@code idle}, {@code pending} (acquires waiting) and {@code max}.
 *
 * @since 0.1.0
 */
public class VictorConnectionPoolMetrics implements ConnectionProvider.MeterRegistrar {

	/** Name of the pool gauges. */
	public static final String NAME = "victor.client.pool.connections";

	private final MeterRegistry registry;

	/**
	 * Create a registrar.
	 * @param registry where to publish
	 */
	public VictorConnectionPoolMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void registerMetrics(String poolName, String id, SocketAddress remoteAddress,
			ConnectionPoolMetrics metrics) {
		Tags pool = Tags.of("pool", poolName);
		gauge(metrics, pool, "active", ConnectionPoolMetrics::acquiredSize);
		gauge(metrics, pool, "idle", ConnectionPoolMetrics::idleSize);
		gauge(metrics, pool, "pending", ConnectionPoolMetrics::pendingAcquireSize);
		gauge(metrics, pool, "max", ConnectionPoolMetrics::maxAllocatedSize);
	}

	private void gauge(ConnectionPoolMetrics metrics, Tags pool, String state,
			ToDoubleFunction<ConnectionPoolMetrics> value) {
		Gauge.builder(NAME, metrics, value)
			.description("Connections of the Victor client pool")
			.tags(pool)
			.tag("state", state)
			.strongReference(true)
			.register(this.registry);
	}

}

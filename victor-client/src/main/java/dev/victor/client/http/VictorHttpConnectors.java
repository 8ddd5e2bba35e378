package dev.victor.client.http;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

/**
 * Creates the Reactor Netty pool and connector of a Victor client from
 * {@link VictorHttpSettings}: explicit timeouts and pool limits, background eviction,
 * redirects off (a redirect must never carry the {@code Authorization} header elsewhere),
 * and Reactor Netty's own retry off: it silently re-sends a request whose pooled connection
 * was reset, even a POST without an idempotency key that may have reached the server.
 * Every retry decision belongs to {@link RetryPolicy}.
 *
 * @since 0.1.0
 */
public final class VictorHttpConnectors {

	private VictorHttpConnectors() {
	}

	/**
	 * Create the connection pool of a Victor client. The caller owns it and disposes it.
	 * @param settings the transport settings
	 * @return a new connection provider
	 */
	public static ConnectionProvider createConnectionProvider(VictorHttpSettings settings) {
		return poolBuilder(settings).build();
	}

	/**
	 * Create the connection pool of a Victor client whose state is published as metrics.
	 * @param settings the transport settings
	 * @param meterRegistrar receives the pool's metrics
	 * @return a new connection provider
	 */
	public static ConnectionProvider createConnectionProvider(VictorHttpSettings settings,
			ConnectionProvider.MeterRegistrar meterRegistrar) {
		return poolBuilder(settings).metrics(true, () -> meterRegistrar).build();
	}

	private static ConnectionProvider.Builder poolBuilder(VictorHttpSettings settings) {
		return ConnectionProvider.builder("victor")
			.maxConnections(settings.maxConnections())
			.pendingAcquireTimeout(settings.pendingAcquireTimeout())
			.pendingAcquireMaxCount(settings.maxPendingAcquires())
			.maxIdleTime(settings.maxIdleTime())
			.maxLifeTime(settings.maxLifeTime())
			.evictInBackground(settings.evictionInterval());
	}

	/**
	 * Create a connector over a connection pool.
	 * @param connectionProvider the pool
	 * @param settings the transport settings (timeouts)
	 * @return a new connector
	 */
	public static ClientHttpConnector create(ConnectionProvider connectionProvider, VictorHttpSettings settings) {
		HttpClient httpClient = HttpClient.create(connectionProvider)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(settings.connectTimeout().toMillis()))
			.responseTimeout(settings.responseTimeout())
			.followRedirect(false)
			.disableRetry(true);
		return new ReactorClientHttpConnector(httpClient);
	}

}

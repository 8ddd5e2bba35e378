package dev.victor.client.http;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

/**
 * Creates the Reactor Netty pool and connector of a Victor client from
 * {@link VictorHttpSettings}: explicit timeouts and pool limits, background eviction,
 * redirects off (a redirect must never carry the {@code Authorization} header elsewhere),
 * and Reactor Netty's own retry off: it silently re-sends a request whose pooled
 * connection was reset, even a POST without an idempotency key that may have reached the
 * server. Every retry decision belongs to {@link RetryPolicy}.
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
			.pendingAcquireTimer(DeadlineTimer::schedule)
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
		return create(connectionProvider, settings, VictorProxy.none(), List.of());
	}

	/**
	 * Create a connector over a connection pool, through a proxy, with the caller's
	 * changes to the Reactor Netty client (TLS material, wiretap, resolver...). The
	 * changes are applied first and Victor's rules last, so none of them can be undone:
	 * the pool, the connect and response timeouts, redirects off and Reactor Netty's
	 * retry off always hold.
	 * @param connectionProvider the pool
	 * @param settings the transport settings (timeouts)
	 * @param proxy the outbound proxy
	 * @param customizers changes to the Reactor Netty client, in order
	 * @return a new connector
	 */
	public static ClientHttpConnector create(ConnectionProvider connectionProvider, VictorHttpSettings settings,
			VictorProxy proxy, List<UnaryOperator<HttpClient>> customizers) {
		HttpClient httpClient = proxy.applyTo(HttpClient.create(connectionProvider));
		for (UnaryOperator<HttpClient> customizer : customizers) {
			httpClient = Objects.requireNonNull(customizer.apply(httpClient),
					"An HttpClient customizer must return a client, not null");
		}
		return new ReactorClientHttpConnector(withRules(httpClient, settings));
	}

	private static HttpClient withRules(HttpClient httpClient, VictorHttpSettings settings) {
		return httpClient
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(settings.connectTimeout().toMillis()))
			.responseTimeout(settings.responseTimeout())
			.followRedirect(false)
			.disableRetry(true);
	}

}

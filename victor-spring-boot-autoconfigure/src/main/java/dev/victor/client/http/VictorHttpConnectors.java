package dev.victor.client.http;

import java.time.Duration;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

/**
 * Creates the Reactor Netty connector of the Victor client: explicit timeouts, redirects
 * off (a redirect must never carry the {@code Authorization} header elsewhere), and a
 * dedicated connection pool whose idle connections are closed before common server
 * keep-alive limits close them under a request.
 *
 * @since 0.1.0
 */
public final class VictorHttpConnectors {

	/** Idle time after which pooled connections are closed (below the usual 30-60s server keep-alive). */
	public static final Duration MAX_IDLE_TIME = Duration.ofSeconds(20);

	/** Age after which pooled connections are retired. */
	public static final Duration MAX_LIFE_TIME = Duration.ofMinutes(5);

	/** How long a request waits for a pooled connection. */
	public static final Duration PENDING_ACQUIRE_TIMEOUT = Duration.ofSeconds(10);

	/** Interval of the background eviction of idle and expired connections. */
	public static final Duration EVICTION_INTERVAL = Duration.ofSeconds(10);

	/** Most connections the pool opens. */
	public static final int MAX_CONNECTIONS = 50;

	private VictorHttpConnectors() {
	}

	/**
	 * Create the connection pool of a Victor client. The caller owns it and disposes it.
	 * @return a new connection provider
	 */
	public static ConnectionProvider createConnectionProvider() {
		return ConnectionProvider.builder("victor")
			.maxConnections(MAX_CONNECTIONS)
			.pendingAcquireTimeout(PENDING_ACQUIRE_TIMEOUT)
			.maxIdleTime(MAX_IDLE_TIME)
			.maxLifeTime(MAX_LIFE_TIME)
			.evictInBackground(EVICTION_INTERVAL)
			.build();
	}

	/**
	 * Create a connector over a connection pool.
	 * @param connectionProvider the pool
	 * @param connectTimeout the TCP connect timeout
	 * @param responseTimeout the longest wait for a response after the request was sent
	 * @return a new connector
	 */
	public static ClientHttpConnector create(ConnectionProvider connectionProvider, Duration connectTimeout,
			Duration responseTimeout) {
		HttpClient httpClient = HttpClient.create(connectionProvider)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(connectTimeout.toMillis()))
			.responseTimeout(responseTimeout)
			.followRedirect(false);
		return new ReactorClientHttpConnector(httpClient);
	}

}

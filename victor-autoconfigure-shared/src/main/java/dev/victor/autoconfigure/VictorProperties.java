package dev.victor.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.victor.client.VictorEnvironment;
import dev.victor.client.VictorPaymentsClientBuilder;
import dev.victor.client.http.VictorHttpSettings;
import dev.victor.client.http.VictorProxy;
import dev.victor.client.http.VictorRetrySettings;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties of the Victor payments client ({@code victor.*}). The
 * connection-level properties are validated once bound; secrets are held here but never
 * printed: this class does not override {@code toString()}.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("victor")
public class VictorProperties implements InitializingBean {

	/**
	 * Victor environment to call; picks the base URL and the JWT lifetime limit.
	 */
	private VictorEnvironment environment = VictorEnvironment.STAGING;

	/**
	 * Base URL overriding the environment's, for example a local mock server. Must be
	 * https unless the host is loopback.
	 */
	private @Nullable URI baseUrl;

	/**
	 * API key, sent as the subject of client-signed JWTs. Required in JWT mode.
	 */
	private @Nullable String apiKey;

	/**
	 * Location of the PEM RSA private key (PKCS#8 or PKCS#1), for example
	 * 'file:/run/secrets/victor.pem'. Required in JWT mode unless private-key-pem is set.
	 */
	private @Nullable String privateKeyPath;

	/**
	 * PEM text of the RSA private key, for example from an environment variable or a
	 * secret store. Alternative to private-key-path.
	 */
	private @Nullable String privateKeyPem;

	/**
	 * Location of the PEM public key (or certificate) registered with Victor. When set,
	 * startup proves that it matches the private key.
	 */
	private @Nullable String publicKeyPath;

	private final Auth auth = new Auth();

	private final Http http = new Http();

	private final Retry retry = new Retry();

	private final Metrics metrics = new Metrics();

	private final Webhooks webhooks = new Webhooks();

	@Override
	public void afterPropertiesSet() {
		VictorPropertiesValidator.validate(this);
	}

	public VictorEnvironment getEnvironment() {
		return this.environment;
	}

	public void setEnvironment(VictorEnvironment environment) {
		this.environment = environment;
	}

	public @Nullable URI getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(@Nullable URI baseUrl) {
		this.baseUrl = baseUrl;
	}

	public @Nullable String getApiKey() {
		return this.apiKey;
	}

	public void setApiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	public @Nullable String getPrivateKeyPath() {
		return this.privateKeyPath;
	}

	public void setPrivateKeyPath(@Nullable String privateKeyPath) {
		this.privateKeyPath = privateKeyPath;
	}

	public @Nullable String getPrivateKeyPem() {
		return this.privateKeyPem;
	}

	public void setPrivateKeyPem(@Nullable String privateKeyPem) {
		this.privateKeyPem = privateKeyPem;
	}

	public @Nullable String getPublicKeyPath() {
		return this.publicKeyPath;
	}

	public void setPublicKeyPath(@Nullable String publicKeyPath) {
		this.publicKeyPath = publicKeyPath;
	}

	public Auth getAuth() {
		return this.auth;
	}

	public Http getHttp() {
		return this.http;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Webhooks getWebhooks() {
		return this.webhooks;
	}

	public Metrics getMetrics() {
		return this.metrics;
	}

	/**
	 * How requests are authenticated.
	 */
	public enum AuthMode {

		/** Client-signed RS512 JWTs, {@code Authorization: Token <jwt>}. */
		JWT,

		/** OAuth client credentials, {@code Authorization: Bearer <access token>}. */
		OAUTH

	}

	/**
	 * Authentication properties.
	 */
	public static class Auth {

		/**
		 * Authentication mode: 'jwt' (client-signed RS512 tokens) or 'oauth' (client
		 * credentials exchanged at /v2/auth/token).
		 */
		private AuthMode mode = AuthMode.JWT;

		/**
		 * Lifetime of each client-signed JWT. At most 300s in production and 3600s in
		 * staging.
		 */
		private Duration tokenTtl = VictorPaymentsClientBuilder.DEFAULT_TOKEN_TTL;

		/**
		 * How far in the past each client-signed JWT is issued, so a Victor whose clock
		 * lags by up to that much still accepts it; the token's lifetime is unchanged.
		 * Must be under half of the token TTL.
		 */
		private Duration clockSkew = VictorPaymentsClientBuilder.DEFAULT_CLOCK_SKEW;

		/**
		 * OAuth client ID. Required in OAuth mode.
		 */
		private @Nullable String clientId;

		/**
		 * OAuth client secret. Required in OAuth mode.
		 */
		private @Nullable String clientSecret;

		/**
		 * How long before its expiry the shared OAuth access token is renewed.
		 */
		private Duration refreshSkew = VictorPaymentsClientBuilder.DEFAULT_REFRESH_SKEW;

		public AuthMode getMode() {
			return this.mode;
		}

		public void setMode(AuthMode mode) {
			this.mode = mode;
		}

		public Duration getTokenTtl() {
			return this.tokenTtl;
		}

		public void setTokenTtl(Duration tokenTtl) {
			this.tokenTtl = tokenTtl;
		}

		public Duration getClockSkew() {
			return this.clockSkew;
		}

		public void setClockSkew(Duration clockSkew) {
			this.clockSkew = clockSkew;
		}

		public @Nullable String getClientId() {
			return this.clientId;
		}

		public void setClientId(@Nullable String clientId) {
			this.clientId = clientId;
		}

		public @Nullable String getClientSecret() {
			return this.clientSecret;
		}

		public void setClientSecret(@Nullable String clientSecret) {
			this.clientSecret = clientSecret;
		}

		public Duration getRefreshSkew() {
			return this.refreshSkew;
		}

		public void setRefreshSkew(Duration refreshSkew) {
			this.refreshSkew = refreshSkew;
		}

	}

	/**
	 * HTTP transport properties.
	 */
	public static class Http {

		private static final VictorHttpSettings HTTP_DEFAULTS = VictorHttpSettings.defaults();

		/**
		 * TCP connect timeout.
		 */
		private Duration connectTimeout = HTTP_DEFAULTS.connectTimeout();

		/**
		 * Longest wait for a response once the request has been sent.
		 */
		private Duration responseTimeout = HTTP_DEFAULTS.responseTimeout();

		/**
		 * Most connections the Victor connection pool opens.
		 */
		private int maxConnections = HTTP_DEFAULTS.maxConnections();

		/**
		 * Longest wait for a pooled connection when all are busy.
		 */
		private Duration pendingAcquireTimeout = HTTP_DEFAULTS.pendingAcquireTimeout();

		/**
		 * Idle time after which a pooled connection is closed; keep it below the server's
		 * keep-alive timeout so a request never lands on a connection being closed.
		 */
		private Duration maxIdleTime = HTTP_DEFAULTS.maxIdleTime();

		/**
		 * Age after which a pooled connection is retired.
		 */
		private Duration maxLifeTime = HTTP_DEFAULTS.maxLifeTime();

		/**
		 * Interval of the background eviction of idle and expired connections.
		 */
		private Duration evictionInterval = HTTP_DEFAULTS.evictionInterval();

		/**
		 * Largest response body held in memory.
		 */
		private DataSize maxInMemorySize = DataSize.ofBytes(HTTP_DEFAULTS.maxInMemorySize());

		/**
		 * Bound on each whole attempt, from sending the request to the last byte of the
		 * response, however slowly the server sends it.
		 */
		private Duration deadline = HTTP_DEFAULTS.deadline();

		/**
		 * Callers that may wait for a pooled connection; beyond it a call fails at once,
		 * never sent.
		 */
		private int maxPendingAcquires = HTTP_DEFAULTS.maxPendingAcquires();

		private final Proxy proxy = new Proxy();

		private final Ssl ssl = new Ssl();

		public Proxy getProxy() {
			return this.proxy;
		}

		public Ssl getSsl() {
			return this.ssl;
		}

		public Duration getDeadline() {
			return this.deadline;
		}

		public void setDeadline(Duration deadline) {
			this.deadline = deadline;
		}

		public int getMaxPendingAcquires() {
			return this.maxPendingAcquires;
		}

		public void setMaxPendingAcquires(int maxPendingAcquires) {
			this.maxPendingAcquires = maxPendingAcquires;
		}

		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public Duration getResponseTimeout() {
			return this.responseTimeout;
		}

		public void setResponseTimeout(Duration responseTimeout) {
			this.responseTimeout = responseTimeout;
		}

		public int getMaxConnections() {
			return this.maxConnections;
		}

		public void setMaxConnections(int maxConnections) {
			this.maxConnections = maxConnections;
		}

		public Duration getPendingAcquireTimeout() {
			return this.pendingAcquireTimeout;
		}

		public void setPendingAcquireTimeout(Duration pendingAcquireTimeout) {
			this.pendingAcquireTimeout = pendingAcquireTimeout;
		}

		public Duration getMaxIdleTime() {
			return this.maxIdleTime;
		}

		public void setMaxIdleTime(Duration maxIdleTime) {
			this.maxIdleTime = maxIdleTime;
		}

		public Duration getMaxLifeTime() {
			return this.maxLifeTime;
		}

		public void setMaxLifeTime(Duration maxLifeTime) {
			this.maxLifeTime = maxLifeTime;
		}

		public Duration getEvictionInterval() {
			return this.evictionInterval;
		}

		public void setEvictionInterval(Duration evictionInterval) {
			this.evictionInterval = evictionInterval;
		}

		public DataSize getMaxInMemorySize() {
			return this.maxInMemorySize;
		}

		public void setMaxInMemorySize(DataSize maxInMemorySize) {
			this.maxInMemorySize = maxInMemorySize;
		}

	}

	/**
	 * Outbound proxy properties. The password is a secret: it is never logged or
	 * reported.
	 */
	public static class Proxy {

		/**
		 * Host of the outbound proxy. Unset: no proxy (unless use-system-properties).
		 */
		private @Nullable String host;

		/**
		 * Port of the outbound proxy.
		 */
		private @Nullable Integer port;

		/**
		 * How the proxy is reached: HTTP (CONNECT tunnel) or SOCKS5.
		 */
		private VictorProxy.Type type = VictorProxy.Type.HTTP;

		/**
		 * User name for the proxy, if it requires one.
		 */
		private @Nullable String username;

		/**
		 * Password for the proxy. A secret.
		 */
		private @Nullable String password;

		/**
		 * Hosts reached directly, as the JVM's http.nonProxyHosts patterns: a name, or
		 * one with a leading or trailing '*'.
		 */
		private List<String> nonProxyHosts = new ArrayList<>();

		/**
		 * Whether to use the JVM's https.proxyHost, https.proxyPort and
		 * http.nonProxyHosts system properties instead of the properties above.
		 */
		private boolean useSystemProperties;

		public @Nullable String getHost() {
			return this.host;
		}

		public void setHost(@Nullable String host) {
			this.host = host;
		}

		public @Nullable Integer getPort() {
			return this.port;
		}

		public void setPort(@Nullable Integer port) {
			this.port = port;
		}

		public VictorProxy.Type getType() {
			return this.type;
		}

		public void setType(VictorProxy.Type type) {
			this.type = type;
		}

		public @Nullable String getUsername() {
			return this.username;
		}

		public void setUsername(@Nullable String username) {
			this.username = username;
		}

		public @Nullable String getPassword() {
			return this.password;
		}

		public void setPassword(@Nullable String password) {
			this.password = password;
		}

		public List<String> getNonProxyHosts() {
			return this.nonProxyHosts;
		}

		public void setNonProxyHosts(List<String> nonProxyHosts) {
			this.nonProxyHosts = nonProxyHosts;
		}

		public boolean isUseSystemProperties() {
			return this.useSystemProperties;
		}

		public void setUseSystemProperties(boolean useSystemProperties) {
			this.useSystemProperties = useSystemProperties;
		}

	}

	/**
	 * TLS properties.
	 */
	public static class Ssl {

		/**
		 * Name of a Spring Boot SSL bundle (spring.ssl.bundle.*): its trust material is
		 * used for Victor and its key, if any, for mutual TLS. Unset: the JVM's trust
		 * store.
		 */
		private @Nullable String bundle;

		public @Nullable String getBundle() {
			return this.bundle;
		}

		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

	}

	/**
	 * Retry properties.
	 */
	public static class Retry {

		private static final VictorRetrySettings RETRY_DEFAULTS = VictorRetrySettings.defaults();

		/**
		 * Total attempts per call, the first included; 1 disables retries.
		 */
		private int maxAttempts = RETRY_DEFAULTS.maxAttempts();

		/**
		 * Backoff before the first retry; doubles with each retry, with jitter.
		 */
		private Duration initialBackoff = RETRY_DEFAULTS.initialBackoff();

		/**
		 * Longest backoff between two attempts.
		 */
		private Duration maxBackoff = RETRY_DEFAULTS.maxBackoff();

		/**
		 * Longest Retry-After the client waits for; a longer one fails the call at once
		 * with VictorRateLimitException (or the server exception) carrying it.
		 */
		private Duration maxRetryAfter = RETRY_DEFAULTS.maxRetryAfter();

		/**
		 * Whether a transaction create that fails with an unknown outcome (a timeout
		 * after sending, a 5xx, an unreadable 2xx) looks its transaction up by client
		 * reference before surfacing the failure: an existing transaction completes the
		 * call with its receipt, a missing one fails with
		 * VictorPaymentNotCreatedException.
		 */
		private boolean resolveUnknownOutcome;

		public boolean isResolveUnknownOutcome() {
			return this.resolveUnknownOutcome;
		}

		public void setResolveUnknownOutcome(boolean resolveUnknownOutcome) {
			this.resolveUnknownOutcome = resolveUnknownOutcome;
		}

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public Duration getMaxRetryAfter() {
			return this.maxRetryAfter;
		}

		public void setMaxRetryAfter(Duration maxRetryAfter) {
			this.maxRetryAfter = maxRetryAfter;
		}

	}

	/**
	 * Metrics properties.
	 */
	public static class Metrics {

		/**
		 * Whether to record Micrometer metrics of Victor calls.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/**
	 * Webhook receiver properties.
	 */
	public static class Webhooks {

		/**
		 * Whether to serve POST {path} for the transaction events Victor posts.
		 */
		private boolean enabled;

		/**
		 * Path of the receiver; register https://your-app{path}?token={secret} with
		 * Victor.
		 */
		private String path = "/victor/webhooks";

		/**
		 * Shared secret Victor sends as the query parameter 'token' of the registered URL
		 * (at least 16 characters; generate it randomly). Never logged.
		 */
		private @Nullable String secret;

		/**
		 * Whether to read each transaction back from Victor (getTransaction) before
		 * publishing its event, so listeners see Victor's own status, never the
		 * unverified payload.
		 */
		private boolean confirm = true;

		/**
		 * Where deliveries are recorded for de-duplication and recovery: 'memory' (one
		 * instance) or 'jdbc' (replicas sharing the application's DataSource).
		 */
		private Store store = Store.MEMORY;

		/**
		 * Largest delivery body accepted; a larger one is answered 413.
		 */
		private DataSize maxPayloadSize = DataSize.ofKilobytes(64);

		/**
		 * How long a delivery is remembered for de-duplication.
		 */
		private Duration deduplicationWindow = Duration.ofDays(7);

		/**
		 * Most deliveries the in-memory store remembers; the oldest are forgotten first.
		 */
		private int maxRememberedDeliveries = 100_000;

		/**
		 * Read-back attempts before the event is given up and a
		 * VictorWebhookConfirmationFailedEvent is published instead.
		 */
		private int confirmAttempts = 5;

		/**
		 * Backoff before the first repeated read-back; doubles with each attempt.
		 */
		private Duration confirmBackoff = Duration.ofSeconds(1);

		/**
		 * How long an acknowledged delivery may stay unpublished (the process died, a
		 * listener failed) before it is dispatched again.
		 */
		private Duration redispatchAfter = Duration.ofMinutes(10);

		private final Jdbc jdbc = new Jdbc();

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getPath() {
			return this.path;
		}

		public void setPath(String path) {
			this.path = path;
		}

		public @Nullable String getSecret() {
			return this.secret;
		}

		public void setSecret(@Nullable String secret) {
			this.secret = secret;
		}

		public boolean isConfirm() {
			return this.confirm;
		}

		public void setConfirm(boolean confirm) {
			this.confirm = confirm;
		}

		public Store getStore() {
			return this.store;
		}

		public void setStore(Store store) {
			this.store = store;
		}

		public DataSize getMaxPayloadSize() {
			return this.maxPayloadSize;
		}

		public void setMaxPayloadSize(DataSize maxPayloadSize) {
			this.maxPayloadSize = maxPayloadSize;
		}

		public Duration getDeduplicationWindow() {
			return this.deduplicationWindow;
		}

		public void setDeduplicationWindow(Duration deduplicationWindow) {
			this.deduplicationWindow = deduplicationWindow;
		}

		public int getMaxRememberedDeliveries() {
			return this.maxRememberedDeliveries;
		}

		public void setMaxRememberedDeliveries(int maxRememberedDeliveries) {
			this.maxRememberedDeliveries = maxRememberedDeliveries;
		}

		public int getConfirmAttempts() {
			return this.confirmAttempts;
		}

		public void setConfirmAttempts(int confirmAttempts) {
			this.confirmAttempts = confirmAttempts;
		}

		public Duration getConfirmBackoff() {
			return this.confirmBackoff;
		}

		public void setConfirmBackoff(Duration confirmBackoff) {
			this.confirmBackoff = confirmBackoff;
		}

		public Duration getRedispatchAfter() {
			return this.redispatchAfter;
		}

		public void setRedispatchAfter(Duration redispatchAfter) {
			this.redispatchAfter = redispatchAfter;
		}

		public Jdbc getJdbc() {
			return this.jdbc;
		}

		/**
		 * Where webhook deliveries are recorded.
		 */
		public enum Store {

			/** In this instance's memory, bounded. */
			MEMORY,

			/** In the application's database, shared by its replicas. */
			JDBC

		}

		/**
		 * JDBC store properties.
		 */
		public static class Jdbc {

			/**
			 * When to create the victor_webhook_delivery table: 'embedded' (only for an
			 * in-memory database), 'always' or 'never' (you create it from
			 * classpath:dev/victor/autoconfigure/webhooks/schema.sql).
			 */
			private InitializeSchema initializeSchema = InitializeSchema.EMBEDDED;

			public InitializeSchema getInitializeSchema() {
				return this.initializeSchema;
			}

			public void setInitializeSchema(InitializeSchema initializeSchema) {
				this.initializeSchema = initializeSchema;
			}

		}

		/**
		 * When the JDBC store creates its table.
		 */
		public enum InitializeSchema {

			/** Only when the DataSource is an in-memory database. */
			EMBEDDED,

			/** Always (the script creates the table only if it is missing). */
			ALWAYS,

			/** Never. */
			NEVER

		}

	}

}

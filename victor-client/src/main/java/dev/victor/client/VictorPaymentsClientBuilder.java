package dev.victor.client;

import java.net.URI;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import dev.victor.client.auth.JwtAuthentication;
import dev.victor.client.auth.ListenedAuthentication;
import dev.victor.client.auth.OAuthAuthentication;
import dev.victor.client.auth.TokenListener;
import dev.victor.client.auth.VictorAuthentication;
import dev.victor.client.auth.VictorJwtSigner;
import dev.victor.client.http.AuthorizationFilter;
import dev.victor.client.http.ErrorTranslationFilter;
import dev.victor.client.http.RequestLogFilter;
import dev.victor.client.http.RetryFilter;
import dev.victor.client.http.RetryPolicy;
import dev.victor.client.http.VictorHttpConnectors;
import dev.victor.client.http.VictorHttpSettings;
import dev.victor.client.http.VictorProxy;
import dev.victor.client.http.VictorRetrySettings;
import dev.victor.client.json.VictorJson;
import dev.victor.client.json.VictorJsonCodec;
import dev.victor.client.observation.DefaultVictorClientObservationConvention;
import dev.victor.client.observation.ObservationFilter;
import dev.victor.client.observation.VictorClientObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.codec.ClientCodecConfigurer;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds a {@link VictorPaymentsClient}, or the Victor {@link WebClient} under it,
 * without Spring Boot. Minimal use: <pre class="code">
 * VictorPaymentsClient victor = VictorPaymentsClient.builder()
 *     .environment(VictorEnvironment.STAGING)
 *     .apiKey(apiKey)
 *     .privateKey(RsaKeys.parsePrivateKey(pem))
 *     .build();
 * </pre> The {@code WebClient} is assembled here, in one place: base URL, Victor's own
 * JSON codecs, default headers, the connector, and the filter chain (outermost first):
 * customizer filters, {@link RetryFilter}, {@link RequestLogFilter},
 * {@link ObservationFilter}, {@link ErrorTranslationFilter}, {@link AuthorizationFilter}.
 *
 * @since 0.1.0
 */
public final class VictorPaymentsClientBuilder {

	/** Default lifetime of client-signed JWTs. */
	public static final Duration DEFAULT_TOKEN_TTL = Duration.ofSeconds(60);

	/** Default clock skew: how far back a client-signed JWT's {@code iat} is set. */
	public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(10);

	/** Default time before expiry at which an OAuth access token is renewed. */
	public static final Duration DEFAULT_REFRESH_SKEW = Duration.ofSeconds(60);

	private VictorEnvironment environment = VictorEnvironment.STAGING;

	private @Nullable URI baseUrl;

	private @Nullable String apiKey;

	private @Nullable RSAPrivateKey privateKey;

	private Duration tokenTtl = DEFAULT_TOKEN_TTL;

	private Duration clockSkew = DEFAULT_CLOCK_SKEW;

	private @Nullable VictorAuthentication authentication;

	private @Nullable String clientId;

	private @Nullable String clientSecret;

	private Duration refreshSkew = DEFAULT_REFRESH_SKEW;

	private VictorHttpSettings http = VictorHttpSettings.defaults();

	private VictorRetrySettings retry = VictorRetrySettings.defaults();

	private boolean resolveUnknownOutcomes;

	private RetryFilter.RetryListener retryListener = RetryFilter.RetryListener.NONE;

	private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

	private final List<TokenListener> tokenListeners = new ArrayList<>();

	private @Nullable VictorClientObservationConvention observationConvention;

	private @Nullable ConnectionProvider connectionProvider;

	private WebClient.@Nullable Builder webClientBuilder;

	private final List<Consumer<WebClient.Builder>> webClientCustomizers = new ArrayList<>();

	private VictorProxy proxy = VictorProxy.none();

	private @Nullable ExchangeFunction exchangeFunction;

	private final List<UnaryOperator<HttpClient>> httpClientCustomizers = new ArrayList<>();

	private Clock clock = Clock.systemUTC();

	VictorPaymentsClientBuilder() {
	}

	/**
	 * Set the environment: its base URL and token-lifetime limit. Default: staging.
	 * @param environment the environment
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder environment(VictorEnvironment environment) {
		this.environment = Objects.requireNonNull(environment, "environment must not be null");
		return this;
	}

	/**
	 * Override the environment's base URL, for example with a local mock server.
	 * @param baseUrl an https URL, or http to a loopback host
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder baseUrl(@Nullable URI baseUrl) {
		this.baseUrl = baseUrl;
		return this;
	}

	/**
	 * Set the API key, sent as the {@code sub} of client-signed JWTs.
	 * @param apiKey the API key
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder apiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
		return this;
	}

	/**
	 * Set the RSA private key registered with Victor for the API key.
	 * @param privateKey the key, at least 2048 bits
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder privateKey(@Nullable RSAPrivateKey privateKey) {
		this.privateKey = privateKey;
		return this;
	}

	/**
	 * Set the lifetime of client-signed JWTs. Default: 60s.
	 * @param tokenTtl at most 300s in production and 3600s in staging
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder tokenTtl(Duration tokenTtl) {
		this.tokenTtl = tokenTtl;
		return this;
	}

	/**
	 * Set how far in the past client-signed JWTs are issued, so a Victor whose clock lags
	 * by up to that much still accepts them; their lifetime is unchanged. Default: 10s.
	 * @param clockSkew zero or more, under half of the token TTL
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder clockSkew(Duration clockSkew) {
		this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew must not be null");
		return this;
	}

	/**
	 * Authenticate with OAuth client credentials instead of a client-signed JWT.
	 * @param clientId the OAuth client ID
	 * @param clientSecret the OAuth client secret
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder oauth(@Nullable String clientId, @Nullable String clientSecret) {
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		return this;
	}

	/**
	 * Set how long before expiry an OAuth access token is renewed. Default: 60s.
	 * @param refreshSkew the renewal margin
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder refreshSkew(Duration refreshSkew) {
		this.refreshSkew = Objects.requireNonNull(refreshSkew, "refreshSkew must not be null");
		return this;
	}

	/**
	 * Use a ready-made authentication instead of {@link #apiKey(String)} and
	 * {@link #privateKey(RSAPrivateKey)}.
	 * @param authentication the authentication
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder authentication(@Nullable VictorAuthentication authentication) {
		this.authentication = authentication;
		return this;
	}

	/**
	 * Set the transport settings: timeouts, pool, body size. Default:
	 * {@link VictorHttpSettings#defaults()}.
	 * @param http the settings
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder http(VictorHttpSettings http) {
		this.http = Objects.requireNonNull(http, "http must not be null");
		return this;
	}

	/**
	 * Set the retry settings. Default: {@link VictorRetrySettings#defaults()}.
	 * @param retry the settings
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder retry(VictorRetrySettings retry) {
		this.retry = Objects.requireNonNull(retry, "retry must not be null");
		return this;
	}

	/**
	 * Choose whether a transaction create that fails with an unknown outcome looks its
	 * transaction up before surfacing the failure (see
	 * {@link VictorPaymentsClient#create(WebClient, boolean)}). Default: {@code false}.
	 * @param resolveUnknownOutcomes whether creates resolve unknown outcomes
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder resolveUnknownOutcomes(boolean resolveUnknownOutcomes) {
		this.resolveUnknownOutcomes = resolveUnknownOutcomes;
		return this;
	}

	/**
	 * Be told about every retry, for example to count them.
	 * @param retryListener the listener
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder retryListener(RetryFilter.RetryListener retryListener) {
		this.retryListener = Objects.requireNonNull(retryListener, "retryListener must not be null");
		return this;
	}

	/**
	 * Observe every HTTP exchange (each attempt) with this registry: a timer
	 * {@code victor.client.requests} with a meter handler, a span with a tracing handler.
	 * Default: no observation.
	 * @param observationRegistry the registry
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder observationRegistry(ObservationRegistry observationRegistry) {
		this.observationRegistry = Objects.requireNonNull(observationRegistry, "observationRegistry must not be null");
		return this;
	}

	/**
	 * Add a listener told of every token the client's authentication serves for the first
	 * time, fails to produce, or has rejected or accepted, whatever the authentication
	 * (JWT, OAuth or {@linkplain #authentication(VictorAuthentication) your own}): the
	 * client wraps it in a {@link ListenedAuthentication}.
	 * @param tokenListener the listener
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder tokenListener(TokenListener tokenListener) {
		this.tokenListeners.add(Objects.requireNonNull(tokenListener, "tokenListener must not be null"));
		return this;
	}

	/**
	 * Name and tag the observations with this convention instead of
	 * {@link DefaultVictorClientObservationConvention}.
	 * @param observationConvention the convention, or {@code null} for the default
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder observationConvention(
			@Nullable VictorClientObservationConvention observationConvention) {
		this.observationConvention = observationConvention;
		return this;
	}

	/**
	 * Use this connection pool; the caller disposes it. Default: a new pool from
	 * {@link VictorHttpConnectors#createConnectionProvider(VictorHttpSettings)}.
	 * @param connectionProvider the pool
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder connectionProvider(@Nullable ConnectionProvider connectionProvider) {
		this.connectionProvider = connectionProvider;
		return this;
	}

	/**
	 * Start from this {@code WebClient.Builder} (it is cloned, never changed), for
	 * example Spring Boot's, so application-wide customizations apply. Victor's codecs,
	 * connector and filters still replace its own, and its observation registry is turned
	 * off: Victor observes each attempt itself ({@code victor.client.requests}, with
	 * trace propagation), so a call is not counted a second time as
	 * {@code http.client.requests}.
	 * @param webClientBuilder the builder to start from
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder webClientBuilder(WebClient.@Nullable Builder webClientBuilder) {
		this.webClientBuilder = webClientBuilder;
		return this;
	}

	/**
	 * Add a customization of the {@code WebClient.Builder}, applied after Victor's base
	 * URL, headers, codecs and connector. Filters added here run outside the Victor
	 * filters: they see each logical call once, never its retries, and never the
	 * {@code Authorization} header. The connector is Victor's: replacing it here fails
	 * with an {@link IllegalStateException}; change it with {@link #httpClientCustomizer}
	 * or {@link #proxy} instead.
	 * @param customizer the customization
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder webClientCustomizer(Consumer<WebClient.Builder> customizer) {
		this.webClientCustomizers.add(Objects.requireNonNull(customizer, "customizer must not be null"));
		return this;
	}

	/**
	 * Connect through an outbound proxy. Default: {@link VictorProxy#none()}, whatever
	 * the JVM's proxy properties say.
	 * @param proxy the proxy
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder proxy(VictorProxy proxy) {
		this.proxy = Objects.requireNonNull(proxy, "proxy must not be null");
		return this;
	}

	/**
	 * Send every attempt through this exchange function instead of over the network, for
	 * tests and benchmarks (a fake Victor in memory, virtual time). The connector
	 * settings, the proxy and TLS then have nothing to apply to; the filter chain
	 * (retries, deadline, typed errors, authorization) still applies. Replacing the
	 * transport from a {@link #webClientCustomizer} is refused instead.
	 * @param exchangeFunction the transport, or {@code null} for the network
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder exchangeFunction(@Nullable ExchangeFunction exchangeFunction) {
		this.exchangeFunction = exchangeFunction;
		return this;
	}

	/**
	 * Add a change to the Reactor Netty {@code HttpClient} under the Victor connector,
	 * for example TLS material ({@code client.secure(...)}) or a wiretap. Changes are
	 * applied in order, before Victor's own rules, which therefore always hold: the
	 * connection pool, the connect and response timeouts, redirects off and Reactor
	 * Netty's retry off.
	 * @param customizer the change
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder httpClientCustomizer(UnaryOperator<HttpClient> customizer) {
		this.httpClientCustomizers.add(Objects.requireNonNull(customizer, "customizer must not be null"));
		return this;
	}

	/**
	 * Set the clock used for token times. Default: the UTC system clock.
	 * @param clock the clock
	 * @return this builder
	 */
	public VictorPaymentsClientBuilder clock(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock must not be null");
		return this;
	}

	/**
	 * Build the Victor {@code WebClient}: base URL, authentication, Victor's JSON codecs.
	 * @return a new web client
	 * @throws IllegalArgumentException if a setting breaks a rule of
	 * {@link VictorClientRules} or the authentication is incomplete
	 */
	public WebClient buildWebClient() {
		URI url = baseUrl();
		VictorJsonCodec json = VictorJson.codec();
		ClientHttpConnector connector = createConnector();
		VictorAuthentication auth = ListenedAuthentication.of(resolveAuthentication(url, () -> connector, json),
				this.tokenListeners);
		WebClient.Builder builder = base(
				(this.webClientBuilder != null) ? this.webClientBuilder.clone() : WebClient.builder(), url, connector,
				json);
		WebClient.Builder guarded = ConnectorGuard.guard(builder);
		this.webClientCustomizers.forEach((customizer) -> customizer.accept(guarded));
		builder.filters((filters) -> {
			filters.addAll(transportFilters(json));
			filters.add(new AuthorizationFilter(auth, tokenWait()));
		});
		return builder.build();
	}

	/**
	 * Build the authentication the client would use: the one set with
	 * {@link #authentication(VictorAuthentication)}, else OAuth client credentials (its
	 * token requests go through this builder's transport, retries and observation, never
	 * through authorization), else a client-signed JWT. Token listeners are not attached:
	 * the client built with this authentication attaches them.
	 * @return a new authentication; a {@link JwtAuthentication} is the caller's to close
	 * @throws IllegalArgumentException if a setting breaks a rule of
	 * {@link VictorClientRules} or the authentication is incomplete
	 */
	public VictorAuthentication buildAuthentication() {
		return resolveAuthentication(baseUrl(), this::createConnector, VictorJson.codec());
	}

	/**
	 * Build the client.
	 * @return a new client
	 * @throws IllegalArgumentException if a setting breaks a rule of
	 * {@link VictorClientRules} or the authentication is incomplete
	 */
	public VictorPaymentsClient build() {
		return VictorPaymentsClient.create(buildWebClient(), this.resolveUnknownOutcomes);
	}

	private URI baseUrl() {
		URI url = (this.baseUrl != null) ? this.baseUrl : this.environment.baseUrl();
		VictorClientRules.baseUrlProblem(url).ifPresent((problem) -> {
			throw new IllegalArgumentException("Invalid Victor base URL: " + problem);
		});
		return url;
	}

	private ClientHttpConnector createConnector() {
		ConnectionProvider pool = (this.connectionProvider != null) ? this.connectionProvider
				: VictorHttpConnectors.createConnectionProvider(this.http);
		return VictorHttpConnectors.create(pool, this.http, this.proxy, this.httpClientCustomizers);
	}

	private WebClient.Builder base(WebClient.Builder builder, URI url, ClientHttpConnector connector,
			VictorJsonCodec json) {
		return builder.baseUrl(url.toString().replaceFirst("/+$", ""))
			.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.clientConnector(connector)
			.observationRegistry(ObservationRegistry.NOOP)
			.codecs((codecs) -> configureCodecs(codecs, json, this.http.maxInMemorySize()))
			.apply((configured) -> {
				if (this.exchangeFunction != null) {
					configured.exchangeFunction(this.exchangeFunction);
				}
			});
	}

	/**
	 * How long a call waits for a token: long enough for an OAuth token request to
	 * connect and be answered, far more than a JWT signature takes.
	 */
	private Duration tokenWait() {
		return this.http.connectTimeout().plus(this.http.responseTimeout());
	}

	/**
	 * The Victor filter chain, outermost first: retries wrap complete attempts; each
	 * attempt is logged, observed, translated (body read, errors typed) and then, for API
	 * calls, authorized with a current token ({@link AuthorizationFilter}, innermost).
	 */
	private List<ExchangeFilterFunction> transportFilters(VictorJsonCodec json) {
		return List.of(new RetryFilter(new RetryPolicy(this.retry), this.retryListener), new RequestLogFilter(),
				new ObservationFilter(this.observationRegistry, this.observationConvention,
						this.environment.tagValue()),
				new ErrorTranslationFilter(json, this.clock, this.http.maxInMemorySize(), this.http.deadline()));
	}

	private VictorAuthentication resolveAuthentication(URI url, Supplier<ClientHttpConnector> connector,
			VictorJsonCodec json) {
		if (this.authentication != null) {
			return this.authentication;
		}
		if (this.clientId != null || this.clientSecret != null) {
			WebClient tokenClient = base(WebClient.builder(), url, connector.get(), json)
				.filters((filters) -> filters.addAll(transportFilters(json)))
				.build();
			return new OAuthAuthentication(tokenClient, this.clientId, this.clientSecret, this.refreshSkew, this.clock);
		}
		if (this.apiKey == null || this.apiKey.isBlank() || this.privateKey == null) {
			throw new IllegalArgumentException("Victor authentication is incomplete: set apiKey and privateKey, "
					+ "oauth(clientId, clientSecret), or authentication");
		}
		VictorClientRules.tokenTtlProblem(this.tokenTtl, this.environment).ifPresent((problem) -> {
			throw new IllegalArgumentException("Invalid Victor token TTL " + this.tokenTtl + ": " + problem);
		});
		return new JwtAuthentication(
				new VictorJwtSigner(this.apiKey, this.privateKey, this.tokenTtl, this.clockSkew, this.clock),
				this.clock);
	}

	private static void configureCodecs(ClientCodecConfigurer codecs, VictorJsonCodec json, int maxInMemorySize) {
		json.registerWith(codecs);
		codecs.defaultCodecs().maxInMemorySize(maxInMemorySize);
	}

}

package dev.victor.test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.victor.client.VictorEnvironment;
import dev.victor.client.http.VictorRequestAttributes;
import dev.victor.client.json.VictorJson;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.client.model.PagedResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.QueryStringDecoder;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * An in-JVM stand-in for the Victor API v2 on loopback, for offline integration tests and
 * demos. It authenticates like Victor (RS512 JWTs verified against a registered public key
 * and API key), keeps payments, transactions and counterparties in memory, replays
 * idempotent requests, and journals every request for assertions.
 * <pre class="code">
 * try (MockVictorServer victor = MockVictorServer.builder().apiKey(apiKey).publicKey(publicKey).start()) {
 *     // point victor.base-url at victor.baseUrl()
 * }
 * </pre>
 *
 * @since 0.1.0
 */
public final class MockVictorServer implements AutoCloseable {

	private static final Pattern TRANSACTION = Pattern.compile("/v2/transactions/([^/]+)");

	private static final Pattern COUNTERPARTY = Pattern.compile("/v2/counterparties/([^/]+)");

	private final ObjectMapper objectMapper = VictorJson.createObjectMapper();

	private final MockJwtVerifier jwtVerifier;

	private final MockVictorApi api;

	private final IdempotencyLedger ledger = new IdempotencyLedger();

	private final List<MockVictorRequest> journal = new CopyOnWriteArrayList<>();

	private final DisposableServer server;

	private MockVictorServer(Builder builder) {
		this.jwtVerifier = new MockJwtVerifier(builder.apiKey, builder.publicKey,
				builder.environment.maxTokenTtl(), builder.clock);
		this.api = new MockVictorApi(builder.clock);
		this.server = HttpServer.create().host("127.0.0.1").port(builder.port).handle(this::handle).bindNow();
	}

	/**
	 * Start configuring a server.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the base URL to configure as {@code victor.base-url}.
	 * @return {@code http://127.0.0.1:<port>}
	 */
	public URI baseUrl() {
		return URI.create("http://127.0.0.1:" + this.server.port());
	}

	/**
	 * Return every request received so far, oldest first.
	 * @return an immutable copy of the journal
	 */
	public List<MockVictorRequest> requests() {
		return List.copyOf(this.journal);
	}

	/**
	 * Stop the server.
	 */
	@Override
	public void close() {
		this.server.disposeNow(Duration.ofSeconds(5));
	}

	private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap((body) -> {
			QueryStringDecoder uri = new QueryStringDecoder(request.uri());
			Map<String, String> query = new LinkedHashMap<>();
			uri.parameters().forEach((name, values) -> query.put(name, values.get(0)));
			MockResponse answer = authenticate(request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION))
				.orElseGet(() -> dispatch(request, uri.rawPath(), query, body));
			this.journal.add(new MockVictorRequest(request.method().name(), uri.rawPath(), query,
					recordedHeaders(request), body, answer.status()));
			return response.status(answer.status())
				.header(HttpHeaderNames.CONTENT_TYPE, "application/json")
				.sendString(Mono.just(write(answer.body())))
				.then();
		});
	}

	private Optional<MockResponse> authenticate(String authorization) {
		if (authorization == null) {
			return Optional.of(MockResponse.error(401, "Missing Authorization header"));
		}
		if (!authorization.startsWith("Token ")) {
			return Optional.of(MockResponse.error(401, "Unsupported authorization scheme"));
		}
		return this.jwtVerifier.rejection(authorization.substring("Token ".length()))
			.map((reason) -> MockResponse.error(401, "Invalid token: " + reason));
	}

	private MockResponse dispatch(HttpServerRequest request, String path, Map<String, String> query, String body) {
		String method = request.method().name();
		String idempotencyKey = request.requestHeaders().get(VictorRequestAttributes.IDEMPOTENCY_KEY_HEADER);
		Matcher transaction = TRANSACTION.matcher(path);
		Matcher counterparty = COUNTERPARTY.matcher(path);
		if (method.equals("POST") && path.equals("/v2/payments/ach")) {
			return this.ledger.execute(idempotencyKey, body,
					() -> read(body, NewAchPaymentRequest.class, this.api::createAchPayment));
		}
		if (method.equals("GET") && transaction.matches()) {
			return this.api.getTransaction(decode(transaction.group(1)));
		}
		if (method.equals("POST") && path.equals("/v2/counterparties")) {
			return read(body, NewCounterpartyRequest.class, this.api::createCounterparty);
		}
		if (method.equals("GET") && path.equals("/v2/counterparties")) {
			return this.api.listCounterparties(intParameter(query, PagedResponse.PAGE_PARAMETER, PagedResponse.FIRST_PAGE),
					intParameter(query, PagedResponse.PAGE_SIZE_PARAMETER, PagedResponse.DEFAULT_PAGE_SIZE));
		}
		if (method.equals("GET") && counterparty.matches()) {
			return this.api.getCounterparty(decode(counterparty.group(1)));
		}
		return MockResponse.error(404, "No such operation: " + method + " " + path);
	}

	private <T> MockResponse read(String body, Class<T> type, Function<T, MockResponse> operation) {
		try {
			return operation.apply(this.objectMapper.readValue(body, type));
		}
		catch (JsonProcessingException ex) {
			return MockResponse.error(400, "Malformed JSON body");
		}
	}

	private String write(Object body) {
		try {
			return this.objectMapper.writeValueAsString(body);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("The mock could not write its response", ex);
		}
	}

	private static Map<String, String> recordedHeaders(HttpServerRequest request) {
		Map<String, String> headers = new LinkedHashMap<>();
		request.requestHeaders().forEach((header) -> {
			if (!header.getKey().equalsIgnoreCase(HttpHeaderNames.AUTHORIZATION.toString())) {
				headers.putIfAbsent(header.getKey(), header.getValue());
			}
		});
		return headers;
	}

	private static int intParameter(Map<String, String> query, String name, int defaultValue) {
		try {
			return query.containsKey(name) ? Integer.parseInt(query.get(name)) : defaultValue;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static String decode(String segment) {
		return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	/**
	 * Builder for {@link MockVictorServer}.
	 */
	public static final class Builder {

		private String apiKey;

		private RSAPublicKey publicKey;

		private VictorEnvironment environment = VictorEnvironment.STAGING;

		private Clock clock = Clock.systemUTC();

		private int port;

		private Builder() {
		}

		/**
		 * Register the API key clients must send as their JWT {@code sub}.
		 * @param apiKey the API key
		 * @return this builder
		 */
		public Builder apiKey(String apiKey) {
			this.apiKey = apiKey;
			return this;
		}

		/**
		 * Register the public key that verifies client JWTs.
		 * @param publicKey the RSA public key
		 * @return this builder
		 */
		public Builder publicKey(RSAPublicKey publicKey) {
			this.publicKey = publicKey;
			return this;
		}

		/**
		 * Set the environment whose token-lifetime limit applies. Default: staging.
		 * @param environment the environment
		 * @return this builder
		 */
		public Builder environment(VictorEnvironment environment) {
			this.environment = Objects.requireNonNull(environment, "environment must not be null");
			return this;
		}

		/**
		 * Set the clock for token expiry and timestamps. Default: the UTC system clock.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "clock must not be null");
			return this;
		}

		/**
		 * Set the port. Default: 0, any free port.
		 * @param port the port
		 * @return this builder
		 */
		public Builder port(int port) {
			this.port = port;
			return this;
		}

		/**
		 * Start the server on loopback.
		 * @return the running server
		 */
		public MockVictorServer start() {
			Objects.requireNonNull(this.apiKey, "apiKey must be set");
			Objects.requireNonNull(this.publicKey, "publicKey must be set");
			return new MockVictorServer(this);
		}

	}

}

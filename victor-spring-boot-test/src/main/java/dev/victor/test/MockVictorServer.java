package dev.victor.test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.victor.client.VictorEnvironment;
import dev.victor.client.VictorOperation;
import dev.victor.client.auth.OAuthTokenRequest;
import dev.victor.client.call.VictorRequestAttributes;
import dev.victor.client.json.VictorJson;
import dev.victor.client.json.VictorJsonCodec;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.client.model.PagedRequest;
import dev.victor.client.model.TransactionDetails;
import dev.victor.client.model.TransactionStatus;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;

/**
 * An in-JVM stand-in for the Victor API v2 on loopback, for offline integration tests and
 * demos. It authenticates like Victor (RS512 JWTs verified against a registered public
 * key and API key, or OAuth tokens it issued itself), keeps accounts, payments (readable,
 * and cancellable while pending), transactions, counterparties and webhooks in memory
 * with paged lists, replays idempotent requests (same key and body: the stored answer;
 * same key, other body: 422; key over 128 characters: 400), injects faults into the next
 * calls of an operation, and journals every request for assertions. Like Victor, it posts
 * a webhook event to every URL registered through {@code createWebhook} (or
 * {@link #registerWebhook}) whenever a payment is created or changes status; payments
 * move on demand ({@link #settle}, {@link #fail}, {@link #returnPayment}) or by
 * themselves ({@link Builder#settleAfter}); a delivery not answered 2xx is redelivered
 * with backoff, and {@link #duplicateNextDeliveries} repeats deliveries on purpose.
 * <pre class="code">
 * MockVictorCredentials credentials = MockVictorCredentials.generate();
 * try (MockVictorServer victor = credentials.startServer()) {
 *     victor.injectFault("createAchPayment", MockFault.status(503), 2);
 *     // point victor.base-url at victor.baseUrl()
 * }
 * </pre>
 *
 * @since 0.1.0
 */
public final class MockVictorServer implements AutoCloseable {

	private final VictorJsonCodec json = VictorJson.codec();

	private final MockAuthenticator authenticator;

	private final MockVictorApi api;

	private final MockWebhookSender webhooks;

	private final AtomicLong eventSequence = new AtomicLong();

	private final @Nullable Duration settleAfter;

	private final Clock clock;

	private final IdempotencyLedger ledger = new IdempotencyLedger();

	private final List<Route> routes;

	private final Map<String, Queue<MockFault>> faults = new ConcurrentHashMap<>();

	private final List<MockVictorRequest> journal = new CopyOnWriteArrayList<>();

	/**
	 * Event loops of the mock's own: an application context that closes Reactor Netty's
	 * global resources (as Spring Boot's does) must not stop the mock under other tests.
	 */
	private final LoopResources loops = LoopResources.create("mock-victor", 2, true);

	private final DisposableServer server;

	private MockVictorServer(Builder builder) {
		MockJwtVerifier jwt = (builder.apiKey != null) ? new MockJwtVerifier(builder.apiKey, builder.publicKey,
				builder.environment.maxTokenTtl(), builder.clock) : null;
		this.authenticator = new MockAuthenticator(jwt, builder.clientId, builder.clientSecret,
				builder.oauthTokenLifetime, builder.clock);
		this.webhooks = new MockWebhookSender(builder.webhookRetryBackoff, builder.webhookDeliveryAttempts, this.loops);
		this.settleAfter = builder.settleAfter;
		this.clock = builder.clock;
		this.api = new MockVictorApi(builder.clock, this::statusChanged);
		builder.accounts.forEach((number, balance) -> this.api.addAccount(number, "Operating " + number, balance));
		this.routes = routes();
		this.server = HttpServer.create()
			.runOn(this.loops)
			.host("127.0.0.1")
			.port(builder.port)
			.handle(this::handle)
			.bindNow();
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
	 * Make the next {@code times} calls of an operation fail with {@code fault}.
	 * @param operation the Victor operationId, for example {@code createAchPayment}
	 * @param fault the fault
	 * @param times how many calls in a row
	 */
	public void injectFault(String operation, MockFault fault, int times) {
		Queue<MockFault> queue = this.faults.computeIfAbsent(operation, (name) -> new ArrayDeque<>());
		synchronized (queue) {
			for (int i = 0; i < times; i++) {
				queue.add(fault);
			}
		}
	}

	/**
	 * Register a webhook URL, as {@code createWebhook} does: every later payment event is
	 * posted to it.
	 * @param url the receiver's URL, https or http on loopback, with its query (such as
	 * {@code ?token=...})
	 */
	public void registerWebhook(String url) {
		if (createWebhook(Map.of("url", url)).status() != 200) {
			throw new IllegalArgumentException("Not a webhook URL the mock accepts (https, or http on loopback)");
		}
	}

	/**
	 * Settle a payment: its status becomes {@code Success} and a webhook event is posted.
	 * @param victorTransactionId the transaction
	 * @return the transaction as it is now
	 * @throws IllegalArgumentException if there is no such transaction
	 */
	public TransactionDetails settle(String victorTransactionId) {
		return this.api.changeStatus(victorTransactionId, TransactionStatus.SUCCESS);
	}

	/**
	 * Fail a payment: its status becomes {@code Failed} and a webhook event is posted.
	 * @param victorTransactionId the transaction
	 * @return the transaction as it is now
	 * @throws IllegalArgumentException if there is no such transaction
	 */
	public TransactionDetails fail(String victorTransactionId) {
		return this.api.changeStatus(victorTransactionId, TransactionStatus.FAILED);
	}

	/**
	 * Return a payment (an ACH return): its status becomes {@code Returned} and a webhook
	 * event is posted.
	 * @param victorTransactionId the transaction
	 * @return the transaction as it is now
	 * @throws IllegalArgumentException if there is no such transaction
	 */
	public TransactionDetails returnPayment(String victorTransactionId) {
		return this.api.changeStatus(victorTransactionId, TransactionStatus.RETURNED);
	}

	/**
	 * Deliver each of the next {@code events} webhook events twice to every URL, as a
	 * sender retrying after a lost acknowledgement would.
	 * @param events how many events
	 */
	public void duplicateNextDeliveries(int events) {
		this.webhooks.duplicateNext(events);
	}

	/**
	 * Return every webhook delivery attempt so far, oldest first.
	 * @return an immutable copy
	 */
	public List<MockWebhookDelivery> webhookDeliveries() {
		return this.webhooks.deliveries();
	}

	/**
	 * Drop every fault injected and not yet used.
	 */
	public void clearFaults() {
		this.faults.clear();
	}

	/**
	 * Forget what earlier tests did: the journal, pending faults, the idempotency ledger,
	 * payments, transactions, counterparties, registered webhooks and their deliveries.
	 * The seeded accounts and the credentials stay, and ids keep counting up. Tests
	 * annotated with {@link EnableMockVictor} get this before each test method, as they
	 * share one mock through Spring's context cache.
	 */
	public void reset() {
		this.journal.clear();
		this.faults.clear();
		this.ledger.clear();
		this.api.reset();
		this.webhooks.reset();
	}

	/**
	 * Revoke every OAuth access token issued so far: the next call with one is answered
	 * 401.
	 */
	public void revokeAccessTokens() {
		this.authenticator.revokeTokens();
	}

	/**
	 * Stop the server.
	 */
	@Override
	public void close() {
		this.webhooks.close();
		this.server.disposeNow(Duration.ofSeconds(5));
		this.loops.disposeLater().block(Duration.ofSeconds(5));
	}

	private void statusChanged(TransactionDetails transaction) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("victor_transaction_id", transaction.victorTransactionId());
		if (transaction.clientReferenceId() != null) {
			data.put("client_reference_id", transaction.clientReferenceId());
		}
		data.put("transaction_type", transaction.transactionType());
		data.put("status", transaction.status().wireValue());
		String eventId = "evt_" + this.eventSequence.incrementAndGet();
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("event_id", eventId);
		event.put("event_type", "transaction.status_changed");
		event.put("created_at", this.clock.instant().toString());
		event.put("data", data);
		this.webhooks.send(eventId, write(event));
		if (this.settleAfter != null && transaction.status() == TransactionStatus.PENDING) {
			this.webhooks.later(this.settleAfter, () -> settleIfPending(transaction.victorTransactionId()));
		}
	}

	private void settleIfPending(String victorTransactionId) {
		MockResponse current = this.api.getAchPayment(victorTransactionId);
		if (current.body() instanceof TransactionDetails details && details.status() == TransactionStatus.PENDING) {
			settle(victorTransactionId);
		}
	}

	/**
	 * The operations the mock answers, each routed by its {@link VictorOperation}: method
	 * and path come from the client's own operations table, so the two cannot drift.
	 */
	private List<Route> routes() {
		return List.of(
				new Route("POST", Pattern.compile("/v2/auth/token"), "getAccessToken", false,
						(call) -> read(call.body(), OAuthTokenRequest.class, this.authenticator::issueToken)),
				Route.of(VictorOperation.CREATE_ACH_PAYMENT,
						(call) -> this.ledger.execute(call.idempotencyKey(), call.body(),
								() -> read(call.body(), NewAchPaymentRequest.class, this.api::createAchPayment))),
				Route.of(VictorOperation.GET_ACH_PAYMENT, (call) -> this.api.getAchPayment(call.pathVariable())),
				Route.of(VictorOperation.UPDATE_ACH_PAYMENT,
						(call) -> readMap(call.body(), (body) -> this.api.updateAchPayment(call.pathVariable(), body))),
				Route.of(VictorOperation.GET_TRANSACTIONS,
						(call) -> this.api.listTransactions(call.query().get("victor_account_id"), call.page(),
								call.pageSize())),
				Route.of(VictorOperation.GET_TRANSACTION_BY_ID, (call) -> this.api.getTransaction(call.pathVariable())),
				Route.of(VictorOperation.GET_ACCOUNTS, (call) -> this.api.listAccounts(call.page(), call.pageSize())),
				Route.of(VictorOperation.GET_ACCOUNT, (call) -> this.api.getAccount(call.pathVariable())),
				Route.of(VictorOperation.CREATE_COUNTERPARTY,
						(call) -> read(call.body(), NewCounterpartyRequest.class, this.api::createCounterparty)),
				Route.of(VictorOperation.GET_COUNTERPARTIES,
						(call) -> this.api.listCounterparties(call.page(), call.pageSize())),
				Route.of(VictorOperation.GET_COUNTERPARTY, (call) -> this.api.getCounterparty(call.pathVariable())),
				Route.of(VictorOperation.CREATE_WEBHOOK, (call) -> readMap(call.body(), this::createWebhook)),
				Route.of(VictorOperation.GET_WEBHOOKS, (call) -> this.api.listWebhooks(call.page(), call.pageSize())));
	}

	private MockResponse createWebhook(Map<String, Object> request) {
		MockResponse answer = this.api.createWebhook(request);
		if (answer.status() == 200) {
			this.webhooks.register(URI.create((String) request.get("url")));
		}
		return answer;
	}

	private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap((body) -> {
			QueryStringDecoder uri = new QueryStringDecoder(request.uri());
			Map<String, String> query = new LinkedHashMap<>();
			uri.parameters().forEach((name, values) -> query.put(name, values.get(0)));
			String method = request.method().name();
			Optional<Route> route = this.routes.stream().filter((r) -> r.matches(method, uri.rawPath())).findFirst();
			String operation = route.map(Route::operation).orElse("unknown");
			MockFault fault = nextFault(operation);
			MockResponse answer = answer(request, route, uri.rawPath(), query, body, fault);
			this.journal.add(new MockVictorRequest(operation, method, uri.rawPath(), query, recordedHeaders(request),
					body, (fault != null && fault.kind() == MockFault.Kind.DROP_AFTER_COMMIT) ? 0 : answer.status()));
			if (fault != null && fault.kind() == MockFault.Kind.DROP_AFTER_COMMIT) {
				return Mono.fromRunnable(() -> response.withConnection((connection) -> connection.channel().close()));
			}
			Duration delay = (fault != null) ? fault.delayDuration() : Duration.ZERO;
			return Mono.delay(delay)
				.then(response.status(answer.status())
					.header(HttpHeaderNames.CONTENT_TYPE, "application/json")
					.sendString(Mono.just(write(answer.body())))
					.then());
		});
	}

	private MockResponse answer(HttpServerRequest request, Optional<Route> route, String path,
			Map<String, String> query, String body, MockFault fault) {
		if (route.isEmpty()) {
			return MockResponse.error(404, "No such operation: " + request.method().name() + " " + path);
		}
		if (route.get().authenticated()) {
			Optional<MockResponse> rejection = this.authenticator
				.rejection(request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION));
			if (rejection.isPresent()) {
				return rejection.get();
			}
		}
		if (fault != null && fault.kind() == MockFault.Kind.STATUS) {
			return MockResponse.error(fault.statusCode(), "Injected fault");
		}
		Matcher matcher = route.get().pattern().matcher(path);
		matcher.matches();
		String variable = (matcher.groupCount() > 0) ? decode(matcher.group(1)) : null;
		return route.get()
			.handler()
			.apply(new Call(variable, query, body,
					request.requestHeaders().get(VictorRequestAttributes.IDEMPOTENCY_KEY_HEADER)));
	}

	private MockFault nextFault(String operation) {
		Queue<MockFault> queue = this.faults.get(operation);
		if (queue == null) {
			return null;
		}
		synchronized (queue) {
			return queue.poll();
		}
	}

	private <T> MockResponse read(String body, Class<T> type, Function<T, MockResponse> operation) {
		T value;
		try {
			value = this.json.read(body.getBytes(StandardCharsets.UTF_8), type);
		}
		catch (IllegalArgumentException ex) {
			return MockResponse.error(400, "Malformed JSON body");
		}
		return operation.apply(value);
	}

	@SuppressWarnings("unchecked")
	private MockResponse readMap(String body, Function<Map<String, Object>, MockResponse> operation) {
		Object value;
		try {
			value = this.json.readTree(body.getBytes(StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			return MockResponse.error(400, "Malformed JSON body");
		}
		return (value instanceof Map<?, ?> map) ? operation.apply((Map<String, Object>) map)
				: MockResponse.error(400, "Malformed JSON body");
	}

	private String write(Object body) {
		return new String(this.json.write(body), StandardCharsets.UTF_8);
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

	private static String decode(String segment) {
		return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	/** One operation of the mock: method, path pattern, operationId, handler. */
	private record Route(String method, Pattern pattern, String operation, boolean authenticated,
			Function<Call, MockResponse> handler) {

		/**
		 * Route an operation of the client's table: its method, and its path template
		 * with each variable matching one path segment.
		 */
		static Route of(VictorOperation operation, Function<Call, MockResponse> handler) {
			return new Route(operation.method().name(),
					Pattern.compile(operation.pathTemplate().replaceAll("\\{[^}]+}", "([^/]+)")),
					operation.operationId(), true, handler);
		}

		boolean matches(String requestMethod, String path) {
			return this.method.equals(requestMethod) && this.pattern.matcher(path).matches();
		}

	}

	/** What a route handler gets from a request. */
	private record Call(String pathVariable, Map<String, String> query, String body, String idempotencyKey) {

		int page() {
			return intParameter(PagedRequest.PAGE_PARAMETER, PagedRequest.FIRST_PAGE);
		}

		int pageSize() {
			return intParameter(PagedRequest.PAGE_SIZE_PARAMETER, PagedRequest.DEFAULT_PAGE_SIZE);
		}

		private int intParameter(String name, int defaultValue) {
			try {
				return this.query.containsKey(name) ? Integer.parseInt(this.query.get(name)) : defaultValue;
			}
			catch (NumberFormatException ex) {
				return -1;
			}
		}

	}

	/**
	 * Builder for {@link MockVictorServer}.
	 */
	public static final class Builder {

		private String apiKey;

		private RSAPublicKey publicKey;

		private String clientId;

		private String clientSecret;

		private Duration oauthTokenLifetime = Duration.ofHours(1);

		private final Map<String, BigDecimal> accounts = new LinkedHashMap<>(
				Map.of("1234567890", new BigDecimal("100000.00")));

		private VictorEnvironment environment = VictorEnvironment.STAGING;

		private Clock clock = Clock.systemUTC();

		private int port;

		private @Nullable Duration settleAfter;

		private Duration webhookRetryBackoff = Duration.ofMillis(200);

		private int webhookDeliveryAttempts = 8;

		private Builder() {
		}

		/**
		 * Settle every payment by itself this long after it is created (unless it has
		 * left {@code Pending} by then), posting the webhook event as Victor would.
		 * Default: never.
		 * @param delay the delay
		 * @return this builder
		 */
		public Builder settleAfter(Duration delay) {
			this.settleAfter = Objects.requireNonNull(delay, "delay must not be null");
			return this;
		}

		/**
		 * Set how webhook deliveries not answered 2xx are repeated: after
		 * {@code backoff}, doubling each time, until {@code attempts} in all. Default:
		 * 200ms, 8 attempts.
		 * @param backoff the first wait
		 * @param attempts the attempts per event and URL, the first included
		 * @return this builder
		 */
		public Builder webhookRedelivery(Duration backoff, int attempts) {
			this.webhookRetryBackoff = Objects.requireNonNull(backoff, "backoff must not be null");
			if (attempts < 1) {
				throw new IllegalArgumentException("attempts must be at least 1");
			}
			this.webhookDeliveryAttempts = attempts;
			return this;
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
		 * Register the OAuth client that may obtain access tokens from
		 * {@code /v2/auth/token}.
		 * @param clientId the client ID
		 * @param clientSecret the client secret
		 * @return this builder
		 */
		public Builder oauthClient(String clientId, String clientSecret) {
			this.clientId = clientId;
			this.clientSecret = clientSecret;
			return this;
		}

		/**
		 * Set the lifetime of the access tokens the mock issues. Default: one hour.
		 * @param lifetime the lifetime
		 * @return this builder
		 */
		public Builder oauthTokenLifetime(Duration lifetime) {
			this.oauthTokenLifetime = Objects.requireNonNull(lifetime, "lifetime must not be null");
			return this;
		}

		/**
		 * Add an account payments can be made from. By default there is one:
		 * {@code 1234567890} with 100,000.00.
		 * @param accountNumber the account number
		 * @param balance its balance
		 * @return this builder
		 */
		public Builder account(String accountNumber, BigDecimal balance) {
			this.accounts.put(accountNumber, balance);
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
			if ((this.apiKey == null || this.publicKey == null) && this.clientId == null) {
				throw new IllegalStateException("Register an API key and public key, or an OAuth client");
			}
			return new MockVictorServer(this);
		}

	}

}

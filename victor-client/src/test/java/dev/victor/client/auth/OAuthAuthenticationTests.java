package dev.victor.client.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import dev.victor.client.RequestOptions;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.error.VictorAuthenticationException;
import dev.victor.client.error.VictorTransportException;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.testsupport.JsonTrees;
import dev.victor.testsupport.MutableClock;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.ScriptedHttpServer.Request;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.TestClients;
import dev.victor.testsupport.TraceLogCapture;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * OAuth client-credentials mode against a loopback stub of Victor's token endpoint and
 * API: one shared token, single-flight renewal, renewal before expiry on a controllable
 * clock, one retry with a fresh token after a 401, and refused credentials reported
 * without echoing them.
 */
class OAuthAuthenticationTests {

	private static final String CLIENT_ID = "client-4b1d";

	private static final String CLIENT_SECRET = "s3cr3t-7e9a-do-not-log";

	private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));

	private final AtomicInteger tokensIssued = new AtomicInteger();

	private final List<String> apiAuthorizations = new CopyOnWriteArrayList<>();

	@Test
	void oneTokenServesManySequentialCalls() throws Exception {
		try (ScriptedHttpServer server = stub((request) -> Action.respond(200, TestClients.RECEIPT))) {
			VictorPaymentsClient client = client(server);
			for (int i = 0; i < 10; i++) {
				client.createAchPayment(TestClients.achPayment()).block();
			}
			assertThat(this.tokensIssued).hasValue(1);
			assertThat(this.apiAuthorizations).hasSize(10).containsOnly("Bearer tok-1");
			Request tokenRequest = server.requests().get(0);
			assertThat(tokenRequest.method()).isEqualTo("POST");
			assertThat(tokenRequest.path()).isEqualTo("/v2/auth/token");
			assertThat(tokenRequest.header("Authorization")).as("never through the auth filter").isNull();
			assertThat(JsonTrees.tree(tokenRequest.body())).isEqualTo(JsonTrees
				.tree("{\"client_id\":\"" + CLIENT_ID + "\",\"client_secret\":\"" + CLIENT_SECRET + "\"}"));
		}
	}

	@Test
	void fiftyConcurrentCallsOnAColdCacheCauseOneTokenRequest() throws Exception {
		try (ScriptedHttpServer server = stub((request) -> Action.respond(200, TestClients.RECEIPT),
				Duration.ofMillis(300))) {
			VictorPaymentsClient client = client(server);
			List<TransactionReceipt> receipts = Flux.range(0, 50)
				.flatMap((i) -> client.createAchPayment(TestClients.achPayment()).subscribeOn(Schedulers.parallel()),
						50)
				.collectList()
				.block(Duration.ofSeconds(30));
			assertThat(receipts).hasSize(50);
			assertThat(this.tokensIssued).hasValue(1);
		}
	}

	@Test
	void theTokenIsRenewedRefreshSkewBeforeItExpires() throws Exception {
		try (ScriptedHttpServer server = stub((request) -> Action.respond(200, TestClients.RECEIPT))) {
			VictorPaymentsClient client = client(server);
			client.createAchPayment(TestClients.achPayment()).block();
			this.clock.advance(TOKEN_LIFETIME.minusSeconds(61));
			client.createAchPayment(TestClients.achPayment()).block();
			assertThat(this.tokensIssued).as("still 61s left: no renewal").hasValue(1);

			this.clock.advance(Duration.ofSeconds(2));
			client.createAchPayment(TestClients.achPayment()).block();
			assertThat(this.apiAuthorizations.get(2)).as("59s left: served at once").isEqualTo("Bearer tok-1");
			await().atMost(Duration.ofSeconds(5)).until(() -> this.tokensIssued.get() == 2);
			client.createAchPayment(TestClients.achPayment()).block();
			assertThat(this.apiAuthorizations.get(3)).isEqualTo("Bearer tok-2");
		}
	}

	@Test
	void aNearlyExpiredTokenIsNeverSent() throws Exception {
		try (ScriptedHttpServer server = stub((request) -> Action.respond(200, TestClients.RECEIPT))) {
			VictorPaymentsClient client = client(server);
			client.createAchPayment(TestClients.achPayment()).block();
			this.clock.advance(TOKEN_LIFETIME.minusSeconds(20));
			client.createAchPayment(TestClients.achPayment()).block();
			assertThat(this.apiAuthorizations).containsExactly("Bearer tok-1", "Bearer tok-2");
		}
	}

	@Test
	void a401DropsTheTokenAndRetriesOnceWithAFreshOne() throws Exception {
		AtomicInteger apiCalls = new AtomicInteger();
		try (ScriptedHttpServer server = stub((request) -> (apiCalls.incrementAndGet() == 1)
				? Action.respond(401, "{\"message\":\"token revoked\"}") : Action.respond(200, TestClients.RECEIPT))) {
			VictorPaymentsClient client = client(server);
			client.createCounterparty(NewCounterpartyRequest.builder().accountName("Acme").build()).block();
			assertThat(this.tokensIssued).hasValue(2);
			assertThat(this.apiAuthorizations).containsExactly("Bearer tok-1", "Bearer tok-2");
		}
	}

	@Test
	void aSecond401IsFinal() throws Exception {
		try (ScriptedHttpServer server = stub((request) -> Action.respond(401, "{}"))) {
			assertThatExceptionOfType(VictorAuthenticationException.class)
				.isThrownBy(() -> client(server).getAccount("acc_1").block());
			assertThat(this.apiAuthorizations).hasSize(2);
		}
	}

	@Test
	void refusedCredentialsSayWhyWithoutEchoingThem() throws Exception {
		List<String> texts = new ArrayList<>();
		try (TraceLogCapture logs = new TraceLogCapture();
				ScriptedHttpServer server = new ScriptedHttpServer(
						(request) -> Action.respond(401, "{\"message\":\"invalid_client\"}"))) {
			VictorAuthenticationException refused = assertThatExceptionOfType(VictorAuthenticationException.class)
				.isThrownBy(() -> client(server).createAchPayment(TestClients.achPayment()).block())
				.actual();
			assertThat(refused.getMessage()).contains("Victor refused the OAuth client credentials (401)")
				.contains("staging keys do not work in production");
			assertThat(refused.getOperation()).isEqualTo("getAccessToken");
			assertThat(server.requests()).as("refused credentials are not retried").hasSize(1);
			texts.add(refused.getMessage());
			texts.add(refused.toString());
			texts.add(new OAuthTokenRequest(CLIENT_ID, CLIENT_SECRET).toString());
			texts.add(new OAuthTokenResponse("tok-secret", "Bearer", Instant.MAX).toString());
			texts.addAll(logs.texts());
		}
		assertThat(texts).noneMatch(
				(text) -> text.contains(CLIENT_SECRET) || text.contains(CLIENT_ID) || text.contains("tok-secret"));
	}

	@Test
	void serverErrorsOfTheTokenEndpointAreRetried() throws Exception {
		AtomicInteger tokenCalls = new AtomicInteger();
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> {
			if (request.path().equals("/v2/auth/token")) {
				return (tokenCalls.incrementAndGet() == 1) ? Action.respond(503, "{}") : tokenResponse();
			}
			return Action.respond(200, TestClients.RECEIPT);
		})) {
			client(server).getAccount("acc_1").block();
			assertThat(tokenCalls).hasValue(2);
		}
	}

	@Test
	void aTokenAnswerWithoutAUsableTokenFailsTheCallTypedAndNeverSent() throws Exception {
		for (String garbage : List.of("{}", "", "<html>maintenance</html>",
				"{\"access_token\":\"tok\",\"expires\":1}")) {
			try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> {
				if (request.path().equals("/v2/auth/token")) {
					return Action.respond(200, garbage);
				}
				return Action.respond(200, TestClients.RECEIPT);
			})) {
				VictorTransportException failure = assertThatExceptionOfType(VictorTransportException.class).as(garbage)
					.isThrownBy(() -> client(server)
						.createAchPayment(TestClients.achPayment(),
								RequestOptions.builder().idempotencyKey("payout-oauth").build())
						.block(Duration.ofSeconds(30)))
					.actual();
				assertThat(failure.isRequestSent()).isFalse();
				assertThat(failure.getIdempotencyKey()).isEqualTo("payout-oauth");
				assertThat(server.requests()).as(garbage)
					.allSatisfy((request) -> assertThat(request.path()).isEqualTo("/v2/auth/token"));
			}
		}
	}

	private ScriptedHttpServer stub(Function<Request, Action> api) throws Exception {
		return stub(api, Duration.ZERO);
	}

	private ScriptedHttpServer stub(Function<Request, Action> api, Duration tokenDelay) throws Exception {
		return new ScriptedHttpServer((request) -> {
			if (request.path().equals("/v2/auth/token")) {
				Action token = tokenResponse();
				return (tokenDelay.isZero()) ? token : (socket, out) -> {
					Action.sleep(tokenDelay);
					return token.perform(socket, out);
				};
			}
			this.apiAuthorizations.add(request.header("Authorization"));
			return api.apply(request);
		});
	}

	private Action tokenResponse() {
		long expires = this.clock.instant().plus(TOKEN_LIFETIME).toEpochMilli();
		return Action.respond(200, "{\"access_token\":\"tok-" + this.tokensIssued.incrementAndGet()
				+ "\",\"token_type\":\"Bearer\",\"expires\":" + expires + "}");
	}

	private VictorPaymentsClient client(ScriptedHttpServer server) {
		return TestClients.builder(server.baseUrl()).oauth(CLIENT_ID, CLIENT_SECRET).clock(this.clock).build();
	}

}

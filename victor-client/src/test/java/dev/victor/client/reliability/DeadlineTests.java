package dev.victor.client.reliability;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.victor.client.RequestOptions;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.error.VictorTransportException;
import dev.victor.client.http.VictorHttpSettings;
import dev.victor.client.http.VictorRetrySettings;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.TestClients;
import org.junit.jupiter.api.Test;
import reactor.netty.resources.LoopResources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A whole attempt is bounded by {@code deadline}, from sending the request to the last
 * body byte, however slowly the server trickles: the read timeout alone never fires while
 * bytes keep coming. Past it the call fails with "outcome unknown", is retried only when
 * replay-safe, and the connection is closed, not pooled.
 */
class DeadlineTests {

	private static final Duration GAP = Duration.ofMillis(40);

	@Test
	void trickledHeadersEndAKeyedCreateAfterItsAttemptsOutcomeUnknownWithItsKey() throws Exception {
		CountDownLatch closed = new CountDownLatch(3);
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.trickleHeaders(GAP, closed))) {
			VictorPaymentsClient client = client(server, Duration.ofMillis(300));
			VictorTransportException failure = assertThatExceptionOfType(VictorTransportException.class).isThrownBy(
					() -> client
						.createAchPayment(TestClients.achPayment(),
								RequestOptions.builder().idempotencyKey("payout-9").build())
						.block(Duration.ofSeconds(20)))
				.actual();
			assertThat(failure.isRequestSent()).as("outcome unknown").isTrue();
			assertThat(failure.getIdempotencyKey()).isEqualTo("payout-9");
			assertThat(failure.getCause()).hasMessageContaining("deadline of 300ms");
			assertThat(server.requests()).as("keyed: retried up to max-attempts under one key")
				.hasSize(3)
				.allSatisfy((request) -> assertThat(request.headers().get("idempotency-key")).isEqualTo("payout-9"));
			assertThat(closed.await(10, TimeUnit.SECONDS)).as("every timed-out connection was closed by the client")
				.isTrue();
		}
	}

	@Test
	void anEndlessChunkedBodyEndsAGetTyped() throws Exception {
		CountDownLatch closed = new CountDownLatch(1);
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.endlessChunkedBody(GAP, closed))) {
			VictorPaymentsClient client = client(server, Duration.ofMillis(300));
			assertThatExceptionOfType(VictorTransportException.class)
				.isThrownBy(() -> client.getAccount("acc_1").block(Duration.ofSeconds(20)))
				.satisfies((failure) -> assertThat(failure.isRequestSent()).isTrue());
			assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
		}
	}

	@Test
	void aKeylessPostPastItsDeadlineIsNeverSentTwice() throws Exception {
		CountDownLatch closed = new CountDownLatch(1);
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> request.method().equals("GET")
				? Action.respond(200, "{\"victor_account_id\":\"acc_1\"}") : Action.trickleHeaders(GAP, closed))) {
			VictorPaymentsClient client = client(server, Duration.ofMillis(300));
			// a token and a pooled connection first, so the POST's deadline runs from a
			// prompt send
			client.getAccount("acc_1").block(Duration.ofSeconds(20));
			assertThatExceptionOfType(VictorTransportException.class)
				.isThrownBy(
						() -> client.createCounterparty(NewCounterpartyRequest.builder().accountName("Acme").build())
							.block(Duration.ofSeconds(20)))
				.satisfies((failure) -> assertThat(failure.isRequestSent()).isTrue());
			assertThat(server.requests()).filteredOn((request) -> request.method().equals("POST")).hasSize(1);
		}
	}

	@Test
	void aCallsOwnDeadlineOverridesTheClients() throws Exception {
		CountDownLatch closed = new CountDownLatch(1);
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.trickleHeaders(GAP, closed))) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl())
				.retry(new VictorRetrySettings(1, Duration.ofMillis(5), Duration.ofMillis(5), Duration.ofSeconds(1)))
				.build();
			assertThatExceptionOfType(VictorTransportException.class)
				.isThrownBy(() -> client
					.createAchPayment(TestClients.achPayment(),
							RequestOptions.builder().deadline(Duration.ofMillis(250)).build())
					.block(Duration.ofSeconds(20)))
				.satisfies((failure) -> assertThat(failure.getCause()).hasMessageContaining("deadline of 250ms"));
		}
	}

	@Test
	void aDeadlinePassedWhileWaitingForTheTokenSaysNeverSent() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer(
				(request) -> Action.respond(200, TestClients.RECEIPT))) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl())
				.authentication(TestClients.stuckAuthentication())
				.http(VictorHttpSettings.defaults().withDeadline(Duration.ofMillis(200)))
				.build();
			assertThatExceptionOfType(VictorTransportException.class)
				.isThrownBy(
						() -> client.createCounterparty(NewCounterpartyRequest.builder().accountName("Acme").build())
							.block(Duration.ofSeconds(20)))
				.satisfies((failure) -> assertThat(failure.isRequestSent()).isFalse());
			assertThat(server.requests()).isEmpty();
		}
	}

	/**
	 * Something else (a closing application context, say) disposed the event loops the
	 * client's pooled connection lives on: no response timeout can fire there. The call
	 * still ends, typed: the dead loops refuse the work, and were they to swallow it, the
	 * deadline, armed when the attempt starts on a timer of its own, would end it.
	 */
	@Test
	void aCallOnEventLoopsSomethingElseDisposedEndsTyped() throws Exception {
		LoopResources loops = LoopResources.create("victor-test-doomed", 1, true);
		try (ScriptedHttpServer server = new ScriptedHttpServer(
				(request) -> Action.respond(200, "{\"victor_account_id\":\"acc_1\"}"))) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl())
				.http(VictorHttpSettings.defaults().withDeadline(Duration.ofMillis(300)))
				.httpClientCustomizer((http) -> http.runOn(loops))
				.build();
			client.getAccount("acc_1").block(Duration.ofSeconds(20));
			loops.disposeLater().block(Duration.ofSeconds(10));
			assertThatExceptionOfType(VictorTransportException.class)
				.isThrownBy(() -> client.getAccount("acc_1").block(Duration.ofSeconds(20)))
				.satisfies((failure) -> assertThat(failure.getOperation()).isEqualTo("getAccount"));
			assertThat(server.requests()).as("only the call before the loops went away reached the server").hasSize(1);
		}
		finally {
			loops.dispose();
		}
	}

	private static VictorPaymentsClient client(ScriptedHttpServer server, Duration deadline) {
		return TestClients.builder(server.baseUrl())
			.http(VictorHttpSettings.defaults().withResponseTimeout(Duration.ofSeconds(2)).withDeadline(deadline))
			.build();
	}

}

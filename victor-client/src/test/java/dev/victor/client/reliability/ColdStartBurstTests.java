package dev.victor.client.reliability;

import java.time.Duration;
import java.util.List;

import dev.victor.client.BlockingVictorPaymentsClient;
import dev.victor.client.RequestOptions;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.error.VictorTransportException;
import dev.victor.client.http.VictorHttpSettings;
import dev.victor.client.model.AccountDetails;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.TestClients;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Blocking callers that fill every {@code boundedElastic} worker before the first token
 * exists all complete: the JWT is signed on the authentication's own thread, not queued
 * on the scheduler those callers occupy.
 */
class ColdStartBurstTests {

	/** Well above boundedElastic's cap (10 threads per core). */
	private static final int CALLERS = 200;

	@Test
	void moreBlockingCallersThanBoundedElasticHasThreadsAllCompleteAtColdStart() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer(
				(request) -> Action.respond(200, "{\"victor_account_id\":\"acc_1\"}"))) {
			BlockingVictorPaymentsClient victor = new BlockingVictorPaymentsClient(
					TestClients.builder(server.baseUrl()).build());
			List<AccountDetails> accounts = Flux.range(0, CALLERS)
				.flatMap((caller) -> Mono.fromCallable(() -> victor.getAccount("acc_1"))
					.subscribeOn(Schedulers.boundedElastic()), CALLERS)
				.collectList()
				.block(Duration.ofSeconds(60));
			System.out.printf(
					"Cold-start burst: %d blocking callers on boundedElastic (cap %d threads), " + "completed %d%n",
					CALLERS, Schedulers.DEFAULT_BOUNDED_ELASTIC_SIZE, accounts.size());
			assertThat(accounts).hasSize(CALLERS);
		}
	}

	@Test
	void aTokenThatNeverComesEndsTheCallTypedNeverSentAndWithItsKey() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer(
				(request) -> Action.respond(200, TestClients.RECEIPT))) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl())
				.authentication(TestClients.stuckAuthentication())
				.http(VictorHttpSettings.defaults()
					.withConnectTimeout(Duration.ofMillis(100))
					.withResponseTimeout(Duration.ofMillis(100)))
				.build();
			VictorTransportException failure = assertThatExceptionOfType(VictorTransportException.class).isThrownBy(
					() -> client
						.createAchPayment(TestClients.achPayment(),
								RequestOptions.builder().idempotencyKey("payout-7").build())
						.block(Duration.ofSeconds(30)))
				.actual();
			assertThat(failure.isRequestSent()).isFalse();
			assertThat(failure.getIdempotencyKey()).isEqualTo("payout-7");
			assertThat(failure.getCause()).hasMessage("No Victor token within 200ms");
			assertThat(server.requests()).isEmpty();
		}
	}

}

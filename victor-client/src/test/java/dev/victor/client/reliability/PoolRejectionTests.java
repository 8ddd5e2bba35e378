package dev.victor.client.reliability;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.victor.client.RequestOptions;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.error.VictorTransportException;
import dev.victor.client.http.VictorHttpSettings;
import dev.victor.client.http.VictorRetrySettings;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.TestClients;
import dev.victor.testsupport.TestKeys;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Callers beyond {@code max-pending-acquires} are refused by the local pool at once,
 * typed and never sent, and not retried after a network backoff: they never reached the
 * network, and a retry would only join the same full queue. On default settings, 256
 * callers at once are all carried together.
 */
class PoolRejectionTests {

	@Test
	void callersBeyondThePendingLimitFailAtOnceNeverSentAndAreNotRetried() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer(
				(request) -> Action.respondAfter(Duration.ofMillis(300), 200, TestClients.RECEIPT))) {
			AtomicInteger retries = new AtomicInteger();
			VictorPaymentsClient client = TestClients.builder(server.baseUrl())
				.retryListener((request, failure, delay) -> retries.incrementAndGet())
				.http(VictorHttpSettings.defaults()
					.withResponseTimeout(Duration.ofSeconds(2))
					.withMaxConnections(1)
					.withMaxPendingAcquires(1))
				.build();
			List<Object> outcomes = Flux.range(0, 6)
				.flatMap((i) -> client
					.createAchPayment(TestClients.achPayment(),
							RequestOptions.builder().idempotencyKey("k-" + i).build())
					.<Object>map((receipt) -> receipt)
					.onErrorResume(VictorTransportException.class, Mono::just), 6)
				.collectList()
				.block(Duration.ofSeconds(20));
			List<VictorTransportException> refused = outcomes.stream()
				.filter(VictorTransportException.class::isInstance)
				.map(VictorTransportException.class::cast)
				.toList();
			assertThat(refused).as("one in flight, one waiting, the rest refused").hasSize(4).allSatisfy((failure) -> {
				assertThat(failure.isRequestSent()).isFalse();
				assertThat(failure.getIdempotencyKey()).startsWith("k-");
			});
			assertThat(retries).as("no refused call waited a network backoff to try again").hasValue(0);
			assertThat(server.requests()).hasSize(2);
		}
	}

	@Test
	void twoHundredFiftySixCallersOnDefaultSettingsAreAllInFlightAtOnceNoneRefusedOrRetried() throws Exception {
		int callers = 256;
		CountDownLatch allArrived = new CountDownLatch(callers);
		// each answer waits until every caller's request has arrived: the calls can only
		// complete if the default pool carries all of them at the same time
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> {
			allArrived.countDown();
			return awaitQuietly(allArrived) ? Action.respond(200, TestClients.RECEIPT) : Action.respond(503, "{}");
		})) {
			AtomicInteger retries = new AtomicInteger();
			VictorPaymentsClient client = VictorPaymentsClient.builder()
				.baseUrl(server.baseUrl())
				.apiKey(TestClients.API_KEY)
				.privateKey(TestKeys.privateKey(TestKeys.rsa2048()))
				.retryListener((request, failure, delay) -> retries.incrementAndGet())
				.build();
			List<TransactionReceipt> receipts = Flux.range(0, callers)
				.flatMap((i) -> client.createAchPayment(TestClients.achPayment()), callers)
				.collectList()
				.block(Duration.ofSeconds(60));
			assertThat(receipts).hasSize(callers);
			assertThat(retries).hasValue(0);
			assertThat(server.requests()).hasSize(callers);
		}
	}

	private static boolean awaitQuietly(CountDownLatch latch) {
		try {
			return latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Test
	void aCallerWaitingPastThePendingAcquireTimeoutFailsNeverSent() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer(
				(request) -> Action.respondAfter(Duration.ofMillis(1500), 200, TestClients.RECEIPT))) {
			VictorHttpSettings defaults = VictorHttpSettings.defaults();
			VictorPaymentsClient client = TestClients.builder(server.baseUrl())
				.retry(VictorRetrySettings.none())
				.http(new VictorHttpSettings(defaults.connectTimeout(), Duration.ofSeconds(5), 1,
						Duration.ofMillis(200), defaults.maxIdleTime(), defaults.maxLifeTime(),
						defaults.evictionInterval(), defaults.maxInMemorySize(), defaults.deadline(), 10))
				.build();
			List<Object> outcomes = Flux.range(0, 2)
				.flatMap((i) -> client.getAccount("acc_" + i)
					.<Object>map((account) -> account)
					.onErrorResume(VictorTransportException.class, Mono::just), 2)
				.collectList()
				.block(Duration.ofSeconds(10));
			assertThat(outcomes).filteredOn(VictorTransportException.class::isInstance)
				.singleElement()
				.satisfies((failure) -> {
					assertThat(((VictorTransportException) failure).isRequestSent()).isFalse();
					assertThat((Throwable) failure).hasStackTraceContaining("PoolAcquireTimeoutException");
				});
			assertThat(server.requests()).hasSize(1);
		}
	}

}

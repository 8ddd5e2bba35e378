package dev.victor.client.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.victor.autoconfigure.metrics.VictorRetryMetrics;
import dev.victor.autoconfigure.metrics.VictorTokenMetrics;
import dev.victor.client.IdempotencyKeyGenerator;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.error.VictorNotFoundException;
import dev.victor.client.model.Counterparty;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.TestClients;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * BlockHound is installed for every test of this module (blockhound-junit-platform): any
 * blocking call on a Reactor or Netty non-blocking thread fails the test that made it.
 * The canary proves it is live; the other tests run the hot paths on non-blocking
 * threads: key generation, signing, retries, error translation, metrics and paging.
 */
class BlockHoundTests {

	@Test
	void canaryBlockingOnAParallelThreadIsCaught() {
		assertThatThrownBy(() -> Mono.delay(Duration.ofMillis(1)).doOnNext((tick) -> {
			try {
				Thread.sleep(1);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}).block()).hasCauseInstanceOf(BlockingOperationError.class);
	}

	@Test
	void idempotencyKeysAreGeneratedWithoutBlocking() {
		IdempotencyKeyGenerator generator = new IdempotencyKeyGenerator();
		List<String> keys = Flux.range(0, 1_000)
			.parallel()
			.runOn(Schedulers.parallel())
			.map((i) -> generator.generate())
			.sequential()
			.collectList()
			.block();
		assertThat(keys).hasSize(1_000).doesNotHaveDuplicates();
	}

	@Test
	void callsStartedOnAnEventLoopSignRetryAndTranslateWithoutBlocking() throws Exception {
		Set<String> seenKeys = ConcurrentHashMap.newKeySet();
		try (ScriptedHttpServer server = new ScriptedHttpServer(
				(request) -> seenKeys.add(request.header("Idempotency-Key"))
						? Action.respond(503, "{\"message\":\"busy\"}") : Action.respond(200, TestClients.RECEIPT))) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl()).build();
			List<String> ids = Flux.range(0, 20)
				.publishOn(Schedulers.parallel())
				.flatMap((i) -> client.createAchPayment(TestClients.achPayment()), 4)
				.map(TransactionReceipt::victorTransactionId)
				.collectList()
				.block(Duration.ofSeconds(30));
			assertThat(ids).hasSize(20);
			assertThat(server.requests()).hasSize(40);
		}
	}

	@Test
	void metricsPagingAndTypedErrorsStayOffBlockingCalls() throws Exception {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		AtomicInteger calls = new AtomicInteger();
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> {
			if (request.path().startsWith("/v2/counterparties/missing")) {
				return Action.respond(404, "{\"message\":\"Counterparty not found\"}");
			}
			return (calls.incrementAndGet() <= 5) ? Action.respond(503, "{}")
					: Action.respond(200, "{\"data\":[{\"id\":\"cp_1\"}]}");
		})) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl())
				.observationRegistry(observations)
				.retryListener(new VictorRetryMetrics(meters))
				.tokenListener(new VictorTokenMetrics(meters))
				.build();
			List<String> ids = Flux.range(0, 20)
				.publishOn(Schedulers.parallel())
				.flatMap((i) -> client.listCounterparties().map(Counterparty::victorCounterpartyId), 4)
				.collectList()
				.block(Duration.ofSeconds(30));
			assertThat(ids).hasSize(20).containsOnly("cp_1");
			assertThatThrownBy(() -> Mono.defer(() -> client.getCounterparty("missing"))
				.subscribeOn(Schedulers.parallel())
				.block(Duration.ofSeconds(10))).isInstanceOf(VictorNotFoundException.class);
		}
		assertThat(meters.get("victor.client.requests").timers()).isNotEmpty();
		assertThat(meters.get("victor.client.retries").counter().count()).isPositive();
	}

}

package dev.victor.client.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.victor.client.IdempotencyKeyGenerator;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.TestClients;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * BlockHound is installed for every test of this module (blockhound-junit-platform): any
 * blocking call on a Reactor or Netty non-blocking thread fails the test that made it. The
 * canary proves it is live; the other tests run the hot paths on non-blocking threads.
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
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> seenKeys.add(request.header("Idempotency-Key"))
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

}

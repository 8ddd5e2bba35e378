package dev.victor.client.operations;

import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.victor.client.BlockingVictorPaymentsClient;
import dev.victor.client.RequestOptions;
import dev.victor.client.error.VictorNotFoundException;
import dev.victor.client.error.VictorPaymentNotCreatedException;
import dev.victor.client.error.VictorUnreadableResponseException;
import dev.victor.client.error.VictorValidationException;
import dev.victor.client.http.VictorHttpSettings;
import dev.victor.client.http.VictorRetrySettings;
import dev.victor.client.model.Counterparty;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.PagedRequest;
import dev.victor.client.model.PagedResponse;
import dev.victor.client.model.Sweep;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.testsupport.LoopbackServers;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.TestClients;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The blocking view: values instead of publishers, lazy streams for lists, the same typed
 * exceptions thrown, and a refusal to block an event loop.
 */
class BlockingVictorPaymentsClientTests {

	private final MockWebServer server = LoopbackServers.mockWebServer();

	private final BlockingVictorPaymentsClient victor = TestClients.builder(LoopbackServers.baseUrl(this.server))
		.build()
		.blocking();

	@AfterEach
	void stop() throws IOException {
		this.server.shutdown();
	}

	@Test
	void returnsTheDecodedReceiptWithTheCallersKey() throws Exception {
		this.server.enqueue(LoopbackServers.json(200, TestClients.RECEIPT));
		TransactionReceipt receipt = this.victor.createAchPayment(TestClients.achPayment(),
				RequestOptions.builder().idempotencyKey("payout-7").build());
		assertThat(receipt.victorTransactionId()).isEqualTo("tx_1");
		assertThat(this.server.takeRequest(5, TimeUnit.SECONDS).getHeader("Idempotency-Key")).isEqualTo("payout-7");
	}

	@Test
	void listsAreLazyStreamsOverEveryPage() throws Exception {
		this.server
			.enqueue(LoopbackServers.json(200, "{\"data\":[{\"id\":\"cp_1\"},{\"id\":\"cp_2\"}],\"total_pages\":2}"));
		this.server.enqueue(LoopbackServers.json(200, "{\"data\":[{\"id\":\"cp_3\"}],\"total_pages\":2}"));
		try (Stream<Counterparty> counterparties = this.victor.listCounterparties()) {
			assertThat(counterparties.map(Counterparty::victorCounterpartyId)).containsExactly("cp_1", "cp_2", "cp_3");
		}
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void aStreamClosedEarlyFetchesNoFurtherPage() throws Exception {
		this.server.enqueue(LoopbackServers.json(200, "{\"data\":[{\"id\":\"cp_1\"}],\"total_pages\":9}"));
		this.server.enqueue(LoopbackServers.json(200, "{\"id\":\"cp_probe\"}"));
		try (Stream<Counterparty> counterparties = this.victor.listCounterparties()) {
			assertThat(counterparties.findFirst()).map(Counterparty::victorCounterpartyId).contains("cp_1");
			assertThat(this.server.getRequestCount()).as("pages fetched for the first item").isEqualTo(1);
		}
		// Any page-2 request would have been sent before this probe: the next one on the
		// wire is the probe.
		assertThat(this.victor.getCounterparty("cp_probe").victorCounterpartyId()).isEqualTo("cp_probe");
		this.server.takeRequest(5, TimeUnit.SECONDS);
		assertThat(this.server.takeRequest(5, TimeUnit.SECONDS).getPath()).isEqualTo("/v2/counterparties/cp_probe");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void aStreamFetchesTheNextPageOnlyWhenReadPastTheCurrentOne() throws Exception {
		this.server
			.enqueue(LoopbackServers.json(200, "{\"data\":[{\"id\":\"cp_1\"},{\"id\":\"cp_2\"}],\"total_pages\":2}"));
		this.server.enqueue(LoopbackServers.json(200, "{\"data\":[{\"id\":\"cp_3\"}],\"total_pages\":2}"));
		try (Stream<Counterparty> counterparties = this.victor.listCounterparties()) {
			Iterator<Counterparty> items = counterparties.iterator();
			assertThat(items.next().victorCounterpartyId()).isEqualTo("cp_1");
			assertThat(items.next().victorCounterpartyId()).isEqualTo("cp_2");
			assertThat(this.server.getRequestCount()).as("pages fetched for two items of page 1").isEqualTo(1);
			assertThat(items.next().victorCounterpartyId()).isEqualTo("cp_3");
			assertThat(items.hasNext()).isFalse();
		}
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void pagesAndUnpagedListsComeBackWhole() throws Exception {
		this.server.enqueue(LoopbackServers.json(200, "{\"data\":[{\"id\":\"cp_9\"}],\"page\":4,\"total_pages\":4}"));
		this.server.enqueue(LoopbackServers.json(200, "[{\"sweep_id\":1},{\"sweep_id\":2}]"));
		PagedResponse<Counterparty> page = this.victor.getCounterpartiesPage(PagedRequest.of(4, 1));
		assertThat(page.page()).isEqualTo(4);
		assertThat(page.data()).extracting(Counterparty::victorCounterpartyId).containsExactly("cp_9");
		List<Sweep> sweeps = this.victor.getAccountSweeps();
		assertThat(sweeps).extracting(Sweep::sweepId).containsExactly(1L, 2L);
	}

	@Test
	void throwsTheTypedExceptions() {
		this.server.enqueue(LoopbackServers.json(404, "{\"message\":\"Counterparty not found\"}"));
		assertThatExceptionOfType(VictorNotFoundException.class).isThrownBy(() -> this.victor.getCounterparty("cp_x"))
			.satisfies((ex) -> assertThat(ex.getOperation()).isEqualTo("getCounterparty"));
		assertThatExceptionOfType(VictorValidationException.class)
			.isThrownBy(() -> this.victor.createAchPayment(NewAchPaymentRequest.builder().build()));
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void anAnswerWithoutAValueIsAFailureNeverANull() {
		this.server.enqueue(new MockResponse().setResponseCode(204));
		assertThatExceptionOfType(VictorUnreadableResponseException.class)
			.isThrownBy(() -> this.victor.getCounterparty("cp_1"))
			.withMessage("getCounterparty: Victor answered 204 but with no value where one was due; outcome unknown");
	}

	@Test
	void theLongestWaitForACallFollowsFromTheDeadlineAndRetrySettings() {
		assertThat(BlockingVictorPaymentsClient.maxWait(VictorHttpSettings.defaults(), VictorRetrySettings.defaults()))
			.as("60s x 3 attempts + 2 pauses of at most max(5s backoff, 30s Retry-After)")
			.isEqualTo(Duration.ofSeconds(240));
		assertThat(BlockingVictorPaymentsClient.maxWait(
				VictorHttpSettings.defaults().withDeadline(Duration.ofSeconds(10)),
				new VictorRetrySettings(1, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(30))))
			.isEqualTo(Duration.ofSeconds(10));
	}

	/**
	 * With outcomes resolved, a create whose attempts all end at the deadline is followed
	 * by its look-up: the backstop must leave room for both, or the caller gets Reactor's
	 * untyped "Timeout on blocking read" instead of the typed answer.
	 */
	@Test
	void aCreateThatLooksItsTransactionUpStillEndsTypedWithinTheBackstop() throws Exception {
		VictorHttpSettings http = VictorHttpSettings.defaults()
			.withResponseTimeout(Duration.ofSeconds(5))
			.withDeadline(Duration.ofSeconds(1));
		VictorRetrySettings retry = VictorRetrySettings.none();
		try (ScriptedHttpServer slow = new ScriptedHttpServer((request) -> request.method().equals("POST")
				? Action.trickleHeaders(Duration.ofMillis(40), new CountDownLatch(1))
				: Action.respondAfter(Duration.ofMillis(600), 404, "{}"))) {
			BlockingVictorPaymentsClient blocking = new BlockingVictorPaymentsClient(
					TestClients.builder(slow.baseUrl()).http(http).retry(retry).resolveUnknownOutcomes(true).build(),
					BlockingVictorPaymentsClient.maxWait(http, retry, true));
			assertThat(BlockingVictorPaymentsClient.maxWait(http, retry, true)).isEqualTo(Duration.ofSeconds(2));
			assertThatExceptionOfType(VictorPaymentNotCreatedException.class)
				.isThrownBy(() -> blocking.createAchPayment(TestClients.achPayment(),
						RequestOptions.builder().idempotencyKey("payout-slow-look-up").build()))
				.satisfies((failure) -> assertThat(failure.getIdempotencyKey()).isEqualTo("payout-slow-look-up"));
			assertThat(slow.requests()).extracting(ScriptedHttpServer.Request::method).containsExactly("POST", "GET");
		}
	}

	@Test
	void refusesToBlockAnEventLoop() {
		Mono<Object> onEventLoop = Mono.fromCallable(() -> (Object) this.victor.getCounterparty("cp_1"))
			.subscribeOn(Schedulers.parallel());
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(onEventLoop::block)
			.withMessageContaining("blocking, which is not supported");
		assertThat(this.server.getRequestCount()).isZero();
	}

}

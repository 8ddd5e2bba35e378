package dev.victor.client.observation;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import dev.victor.autoconfigure.metrics.VictorRetryMetrics;
import dev.victor.autoconfigure.metrics.VictorTokenMetrics;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.VictorPaymentsClientBuilder;
import dev.victor.client.call.VictorRequestAttributes;
import dev.victor.client.error.VictorNotFoundException;
import dev.victor.client.error.VictorTransportException;
import dev.victor.client.json.VictorJson;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.TestClients;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.ExchangeStrategies;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * One observation per HTTP exchange, with bounded tags: success, 4xx, 5xx, I/O error,
 * each retry attempt, and 10,000 distinct ids that make one {@code uri} tag value.
 */
class ObservationFilterTests {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final ObservationRegistry observations = ObservationRegistry.create();

	ObservationFilterTests() {
		this.observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
	}

	@Test
	void aSuccessfulPaymentIsTimedWithEveryTag() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer(
				(request) -> Action.respond(200, TestClients.RECEIPT))) {
			client(server.baseUrl()).build().createAchPayment(TestClients.achPayment()).block();
		}
		Timer timer = this.meters.get("victor.client.requests").timer();
		assertThat(timer.count()).isEqualTo(1);
		// 'error' is added by Micrometer's meter handler to every observation timer
		assertThat(tags(timer)).containsExactlyInAnyOrder("operation=createAchPayment", "method=POST",
				"uri=/v2/payments/ach", "status=200", "outcome=SUCCESS", "exception=none", "environment=staging",
				"error=none");
	}

	@Test
	void aNotFoundIsAClientErrorUnderItsUriTemplate() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.respond(404, ""))) {
			assertThatExceptionOfType(VictorNotFoundException.class)
				.isThrownBy(() -> client(server.baseUrl()).build().getCounterparty("cp_123").block());
		}
		assertThat(tags(this.meters.get("victor.client.requests").timer())).contains("operation=getCounterparty",
				"uri=/v2/counterparties/{victorCounterpartyId}", "status=404", "outcome=CLIENT_ERROR",
				"exception=VictorNotFoundException");
	}

	@Test
	void everyAttemptOfARetriedCallIsASampleAndTheRetryIsCounted() throws Exception {
		AtomicInteger calls = new AtomicInteger();
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> (calls.incrementAndGet() == 1)
				? Action.respond(503, "{}") : Action.respond(200, TestClients.RECEIPT))) {
			client(server.baseUrl()).retryListener(new VictorRetryMetrics(this.meters))
				.build()
				.createAchPayment(TestClients.achPayment())
				.block();
		}
		assertThat(this.meters.get("victor.client.requests")
			.tag("status", "503")
			.tag("outcome", "SERVER_ERROR")
			.tag("exception", "VictorServerException")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.meters.get("victor.client.requests").tag("status", "200").timer().count()).isEqualTo(1);
		assertThat(this.meters.get("victor.client.retries")
			.tag("operation", "createAchPayment")
			.tag("reason", "status_503")
			.counter()
			.count()).isEqualTo(1);
	}

	@Test
	void aDroppedConnectionIsAnIoError() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.reset())) {
			assertThatExceptionOfType(VictorTransportException.class).isThrownBy(() -> client(server.baseUrl()).build()
				.createCounterparty(NewCounterpartyRequest.builder().accountName("Acme").build())
				.block());
		}
		assertThat(tags(this.meters.get("victor.client.requests").timer())).contains("operation=createCounterparty",
				"status=IO_ERROR", "outcome=UNKNOWN", "exception=VictorTransportException");
	}

	@Test
	void aCallItsCallerCancelsEndsItsSampleAsClientCancelled() throws Exception {
		CountDownLatch received = new CountDownLatch(1);
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> {
			received.countDown();
			return Action.respondAfter(Duration.ofSeconds(30), 200, TestClients.RECEIPT);
		})) {
			Disposable call = client(server.baseUrl()).build().createAchPayment(TestClients.achPayment()).subscribe();
			assertThat(received.await(10, TimeUnit.SECONDS)).isTrue();
			assertThat(this.meters.get("victor.client.requests.active").longTaskTimer().activeTasks()).isEqualTo(1);
			call.dispose();
		}
		// the cancel reaches the observation on the caller's thread; waiting on the
		// condition keeps the test honest should an operator hand it to another thread
		await().atMost(Duration.ofSeconds(5))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(tags(this.meters.get("victor.client.requests").timer())).contains(
					"operation=createAchPayment", "status=CLIENT_CANCELLED", "outcome=UNKNOWN", "exception=none"));
		assertThat(this.meters.get("victor.client.requests.active").longTaskTimer().activeTasks()).isZero();
	}

	@Test
	void anObservationHandlerThatThrowsWhenASampleStopsCostsTheSampleNeverTheCall() throws Exception {
		assertCallsSurvive(new BrokenHandler(false));
	}

	@Test
	void anObservationHandlerThatThrowsWhenASampleStartsCostsTheSampleNeverTheCall() throws Exception {
		assertCallsSurvive(new BrokenHandler(true));
	}

	private static void assertCallsSurvive(ObservationHandler<Observation.Context> handler) throws Exception {
		ObservationRegistry broken = ObservationRegistry.create();
		broken.observationConfig().observationHandler(handler);
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> request.path().endsWith("/ach")
				? Action.respond(200, TestClients.RECEIPT) : Action.respond(404, ""))) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl()).observationRegistry(broken).build();
			assertThat(client.createAchPayment(TestClients.achPayment()).block()).isNotNull();
			assertThatExceptionOfType(VictorNotFoundException.class)
				.isThrownBy(() -> client.getCounterparty("cp_123").block());
			assertThat(server.requests()).hasSize(2);
		}
	}

	@Test
	void tenThousandDistinctIdsMakeOneUriTagAndNoTagHoldsAnIdAmountAccountOrSecret() {
		ExchangeStrategies victorJson = ExchangeStrategies.builder().codecs(VictorJson.codec()::registerWith).build();
		ExchangeFunction ok = (request) -> Mono.just(ClientResponse.create(HttpStatus.OK, victorJson)
			.header("Content-Type", "application/json")
			.body("{\"id\":\"cp_1\",\"victor_transaction_id\":\"tx_1\"}")
			.build());
		VictorPaymentsClient client = client(URI.create("http://127.0.0.1:1"))
			.tokenListener(new VictorTokenMetrics(this.meters))
			.exchangeFunction(ok)
			.build();
		Flux.range(0, 10_000).concatMap((i) -> client.getCounterparty("cp_" + i)).blockLast();
		client.createAchPayment(TestClients.achPayment()).block();

		Set<String> uris = this.meters.find("victor.client.requests")
			.timers()
			.stream()
			.map((timer) -> timer.getId().getTag("uri"))
			.collect(Collectors.toSet());
		System.out.printf("Cardinality: 10,000 distinct counterparty ids -> %d uri tag values for getCounterparty%n",
				uris.size() - 1);
		assertThat(uris).containsExactlyInAnyOrder("/v2/counterparties/{victorCounterpartyId}", "/v2/payments/ach");
		assertThat(this.meters.get("victor.client.requests").tag("operation", "getCounterparty").timer().count())
			.isEqualTo(10_000);
		assertThat(
				this.meters.get("victor.client.tokens").tag("mode", "jwt").tag("outcome", "issued").counter().count())
			.isEqualTo(1);
		List<String> values = this.meters.getMeters()
			.stream()
			.flatMap((meter) -> meter.getId().getTags().stream())
			.map(Tag::getValue)
			.distinct()
			.toList();
		assertThat(values).noneMatch((value) -> value.matches(".*cp_\\d+.*") || value.contains("12.34")
				|| value.contains("1234567890") || value.contains(TestClients.API_KEY) || value.startsWith("ey"));
	}

	@Test
	void rawCallsAreTimedWithABoundedOperationAndTheirUriTemplate() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.respond(200, "{}"))) {
			WebClient raw = client(server.baseUrl()).buildWebClient();
			raw.get().uri("/v2/sweep/{sweepId}", 42).retrieve().toBodilessEntity().block();
			raw.get()
				.uri("/v2/sweep")
				.attribute(VictorRequestAttributes.OPERATION, "getAccountSweeps")
				.retrieve()
				.toBodilessEntity()
				.block();
			raw.get().uri(URI.create(server.baseUrl() + "/v2/sweep/43")).retrieve().toBodilessEntity().block();
		}
		assertThat(this.meters.get("victor.client.requests")
			.tag("operation", "raw")
			.tag("uri", "/v2/sweep/{sweepId}")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.meters.get("victor.client.requests")
			.tag("operation", "getAccountSweeps")
			.tag("uri", "/v2/sweep")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.meters.get("victor.client.requests").tag("operation", "raw").tag("uri", "none").timer().count())
			.as("an expanded URI never becomes a tag")
			.isEqualTo(1);
	}

	@Test
	void observationsCarryTheConventionsNamesAndTheKeyOnlyAsHighCardinality() throws Exception {
		TestObservationRegistry registry = TestObservationRegistry.create();
		try (ScriptedHttpServer server = new ScriptedHttpServer(
				(request) -> Action.respond(200, TestClients.RECEIPT))) {
			client(server.baseUrl()).observationRegistry(registry)
				.build()
				.createAchPayment(TestClients.achPayment())
				.block();
			String key = server.requests().get(0).header("Idempotency-Key");
			TestObservationRegistryAssert.assertThat(registry)
				.hasSingleObservationThat()
				.hasNameEqualTo("victor.client.requests")
				.hasContextualNameEqualTo("victor createAchPayment")
				.hasLowCardinalityKeyValue("operation", "createAchPayment")
				.hasLowCardinalityKeyValue("outcome", "SUCCESS")
				.hasHighCardinalityKeyValue("victor.idempotency_key", key)
				.hasBeenStarted()
				.hasBeenStopped();
		}
	}

	@Test
	void aSubclassedConventionChangesOneTag() throws Exception {
		DefaultVictorClientObservationConvention custom = new DefaultVictorClientObservationConvention() {
			@Override
			protected KeyValue environment(VictorClientObservationContext context) {
				return KeyValue.of("environment", "eu-" + context.getEnvironment());
			}
		};
		try (ScriptedHttpServer server = new ScriptedHttpServer(
				(request) -> Action.respond(200, TestClients.RECEIPT))) {
			client(server.baseUrl()).observationConvention(custom)
				.build()
				.createAchPayment(TestClients.achPayment())
				.block();
		}
		assertThat(tags(this.meters.get("victor.client.requests").timer())).contains("environment=eu-staging",
				"operation=createAchPayment");
	}

	private VictorPaymentsClientBuilder client(URI baseUrl) {
		return TestClients.builder(baseUrl).observationRegistry(this.observations);
	}

	private static List<String> tags(Meter meter) {
		return meter.getId().getTags().stream().map((tag) -> tag.getKey() + "=" + tag.getValue()).toList();
	}

	/**
	 * An observation handler that throws when a sample starts, or else when it fails or
	 * stops.
	 */
	private record BrokenHandler(boolean onStart) implements ObservationHandler<Observation.Context> {

		@Override
		public boolean supportsContext(Observation.Context context) {
			return true;
		}

		@Override
		public void onStart(Observation.Context context) {
			breakIf(this.onStart);
		}

		@Override
		public void onError(Observation.Context context) {
			breakIf(!this.onStart);
		}

		@Override
		public void onStop(Observation.Context context) {
			breakIf(!this.onStart);
		}

		private static void breakIf(boolean broken) {
			if (broken) {
				throw new IllegalStateException("handler broke");
			}
		}

	}

}

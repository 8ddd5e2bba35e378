package dev.victor.test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.json.VictorJson;
import dev.victor.client.model.AchDirection;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.client.model.SecCode;
import dev.victor.client.model.TransactionStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The mock as a webhook sender: events for every created payment and status change, to
 * URLs registered through {@code createWebhook} or the shortcut, redelivered until
 * acknowledged, duplicated on request, and payments that settle by themselves.
 */
class MockWebhookTests {

	private static final MockVictorCredentials credentials = MockVictorCredentials.generate();

	private final BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();

	private final AtomicInteger refusalsLeft = new AtomicInteger();

	private DisposableServer receiver;

	private MockVictorServer server;

	@BeforeEach
	void startReceiver() {
		this.receiver = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> request.receive().aggregate().asByteArray().flatMap((body) -> {
				if (this.refusalsLeft.getAndDecrement() > 0) {
					return response.status(503).send().then();
				}
				this.received.add(VictorJson.codec().readTree(body) instanceof Map<?, ?> map ? cast(map) : Map.of());
				return response.status(204).send().then();
			}))
			.bindNow();
	}

	@AfterEach
	void stop() {
		if (this.server != null) {
			this.server.close();
		}
		this.receiver.disposeNow();
	}

	@Test
	void postsAnEventForACreatedPaymentAndEachStatusChangeToAUrlRegisteredThroughTheApi() throws Exception {
		this.server = credentials.startServer();
		VictorPaymentsClient client = client();
		// createWebhook through the raw victorWebClient: the typed client insists on
		// https
		VictorPaymentsClient.builder()
			.baseUrl(this.server.baseUrl())
			.apiKey(credentials.apiKey())
			.privateKey(credentials.privateKey())
			.buildWebClient()
			.post()
			.uri("/v2/webhooks")
			.bodyValue(Map.of("url", receiverUrl()))
			.retrieve()
			.toBodilessEntity()
			.block();

		String id = pay(client);
		assertThat(data(next())).containsEntry("victor_transaction_id", id).containsEntry("status", "Pending");
		assertThat(this.server.settle(id).status()).isEqualTo(TransactionStatus.SUCCESS);
		assertThat(data(next())).containsEntry("status", "Success");
		this.server.fail(id);
		assertThat(data(next())).containsEntry("status", "Failed");
		this.server.returnPayment(id);
		Map<String, Object> returned = next();
		assertThat(data(returned)).containsEntry("status", "Returned");
		assertThat(returned).containsKeys("event_id", "event_type", "created_at");
		assertThat(client.getTransaction(id).block().status()).isEqualTo(TransactionStatus.RETURNED);
	}

	@Test
	void redeliversAnEventUntilTheReceiverAcknowledgesIt() throws Exception {
		this.server = MockVictorServer.builder()
			.apiKey(credentials.apiKey())
			.publicKey(credentials.publicKey())
			.webhookRedelivery(Duration.ofMillis(20), 5)
			.start();
		this.server.registerWebhook(receiverUrl());
		this.refusalsLeft.set(2);

		String id = pay(client());

		assertThat(data(next())).containsEntry("victor_transaction_id", id);
		awaitDeliveries(3);
		assertThat(this.server.webhookDeliveries()).extracting(MockWebhookDelivery::status)
			.containsExactly(503, 503, 204);
		assertThat(this.server.webhookDeliveries()).extracting(MockWebhookDelivery::attempt).containsExactly(1, 2, 3);
		assertThat(this.server.webhookDeliveries())
			.allSatisfy((delivery) -> assertThat(delivery.target().getQuery()).isNull());
	}

	@Test
	void duplicatesADeliveryOnPurpose() throws Exception {
		this.server = credentials.startServer();
		this.server.registerWebhook(receiverUrl());
		this.server.duplicateNextDeliveries(1);

		pay(client());

		Map<String, Object> first = next();
		Map<String, Object> second = next();
		assertThat(second).isEqualTo(first);
	}

	@Test
	void settlesAPaymentByItselfAfterTheConfiguredDelay() throws Exception {
		this.server = MockVictorServer.builder()
			.apiKey(credentials.apiKey())
			.publicKey(credentials.publicKey())
			.settleAfter(Duration.ofMillis(50))
			.start();
		this.server.registerWebhook(receiverUrl());

		String id = pay(client());

		assertThat(data(next())).containsEntry("status", "Pending");
		assertThat(data(next())).containsEntry("victor_transaction_id", id).containsEntry("status", "Success");
	}

	@Test
	void refusesAWebhookUrlThatIsNeitherHttpsNorLoopback() {
		this.server = credentials.startServer();
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.registerWebhook("http://example.com/hook"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.settle("tx_404"));
	}

	private String receiverUrl() {
		return "http://127.0.0.1:" + this.receiver.port() + "/victor/webhooks?token=s3cret";
	}

	private VictorPaymentsClient client() {
		return VictorPaymentsClient.builder()
			.baseUrl(this.server.baseUrl())
			.apiKey(credentials.apiKey())
			.privateKey(credentials.privateKey())
			.build();
	}

	private static String pay(VictorPaymentsClient client) {
		String counterparty = client.createCounterparty(NewCounterpartyRequest.builder().accountName("Acme").build())
			.block()
			.victorCounterpartyId();
		return client
			.createAchPayment(NewAchPaymentRequest.builder()
				.fromAccountNumber("1234567890")
				.counterpartyId(counterparty)
				.amount(new BigDecimal("12.00"))
				.direction(AchDirection.CREDIT)
				.secCode(SecCode.CCD)
				.build())
			.block()
			.victorTransactionId();
	}

	private void awaitDeliveries(int count) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (this.server.webhookDeliveries().size() < count && System.nanoTime() < deadline) {
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
		}
		assertThat(this.server.webhookDeliveries()).hasSize(count);
	}

	private Map<String, Object> next() throws InterruptedException {
		Map<String, Object> event = this.received.poll(10, TimeUnit.SECONDS);
		assertThat(event).as("a webhook delivery within 10s").isNotNull();
		return event;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> data(Map<String, Object> event) {
		return (Map<String, Object>) event.get("data");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Map<?, ?> map) {
		return (Map<String, Object>) map;
	}

}

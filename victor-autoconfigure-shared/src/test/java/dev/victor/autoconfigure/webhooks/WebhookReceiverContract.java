package dev.victor.autoconfigure.webhooks;

import java.math.BigDecimal;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.model.AchDirection;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.client.model.SecCode;
import dev.victor.client.model.TransactionStatus;
import dev.victor.test.MockFault;
import dev.victor.test.MockVictorCredentials;
import dev.victor.test.MockVictorServer;
import dev.victor.testsupport.TraceLogCapture;
import ch.qos.logback.classic.Level;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.WebApplicationType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the webhook endpoint does on either web stack, against a real server on loopback
 * whose Victor client reads back from the mock: authenticated deliveries become one event
 * carrying Victor's own status; wrong secrets, duplicates, oversized, malformed and
 * unrecognised bodies do not; read-back failures are retried and then surfaced; Spring
 * Security keeps guarding everything else; and the secret reaches no log line or meter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WebhookReceiverContract {

	private final MockVictorCredentials credentials = MockVictorCredentials.generate();

	private MockVictorServer victor;

	private WebhookTestApplication app;

	private VictorPaymentsClient client;

	private String counterpartyId;

	abstract WebApplicationType webApplicationType();

	@BeforeAll
	void start() {
		this.victor = this.credentials.startServer();
		this.app = WebhookTestApplication.start(webApplicationType(), this.victor, this.credentials,
				"victor.webhooks.max-payload-size=1KB", "victor.webhooks.confirm-attempts=3");
		this.client = this.app.context().getBean(VictorPaymentsClient.class);
		this.counterpartyId = this.client
			.createCounterparty(NewCounterpartyRequest.builder().accountName("Acme").build())
			.block()
			.victorCounterpartyId();
	}

	@BeforeEach
	void forgetEarlierEvents() {
		this.app.context().getBean(WebhookTestApplication.EventRecorder.class).events.clear();
	}

	@AfterAll
	void stop() {
		this.app.close();
		this.victor.close();
	}

	@Test
	void anAuthenticatedDeliveryPublishesOneEventWithVictorsOwnStatusNotThePayloads() throws Exception {
		String id = pay();
		String body = WebhookTestApplication.payload(id, "Success");

		assertThat(this.app.deliver(body)).isEqualTo(200);

		VictorTransactionEvent event = this.app.nextEvent(VictorTransactionEvent.class);
		assertThat(event.getReference()).isEqualTo(id);
		assertThat(event.isConfirmed()).isTrue();
		assertThat(event.getStatus()).as("Victor still says Pending").isEqualTo(TransactionStatus.PENDING);
		assertThat(event.getTransaction().victorTransactionId()).isEqualTo(id);
		assertThat(event.getPayload()).isEqualTo(body);
		assertThat(event.getDeliveryId()).isEqualTo("evt-" + id + "-Success");

		this.victor.settle(id);
		assertThat(this.app.deliver(WebhookTestApplication.payload(id, "Pending"))).isEqualTo(200);
		assertThat(this.app.nextEvent(VictorTransactionEvent.class).getStatus()).isEqualTo(TransactionStatus.SUCCESS);
	}

	@Test
	void aWrongOrMissingSecretIs401AndPublishesNothing() throws Exception {
		String rejected = pay();
		assertThat(this.app.post("?token=wrong", WebhookTestApplication.payload(rejected, "Success"))).isEqualTo(401);
		assertThat(this.app.post("", WebhookTestApplication.payload(rejected, "Success"))).isEqualTo(401);
		assertThat(this.app.post("?token=" + WebhookTestApplication.SECRET.substring(1),
				WebhookTestApplication.payload(rejected, "Success")))
			.isEqualTo(401);

		String marker = deliverNewPayment();

		assertThat(this.app.nextEvent(VictorTransactionEvent.class).getReference()).isEqualTo(marker);
		assertThat(this.app.outcomes("rejected")).isGreaterThanOrEqualTo(3);
	}

	@Test
	void aDuplicateDeliveryIsAcknowledgedButPublishedOnce() throws Exception {
		String id = pay();
		String body = WebhookTestApplication.payload(id, "Pending");
		double duplicatesBefore = this.app.outcomes("duplicate");

		assertThat(this.app.deliver(body)).isEqualTo(200);
		assertThat(this.app.deliver(body)).isEqualTo(200);
		assertThat(this.app.deliver(body.replace("evt-", "another-event-id-"))).isEqualTo(200);
		String marker = deliverNewPayment();

		assertThat(this.app.nextEvent(VictorTransactionEvent.class).getReference()).isEqualTo(id);
		assertThat(this.app.nextEvent(VictorTransactionEvent.class).getReference()).isEqualTo(marker);
		assertThat(this.app.outcomes("duplicate") - duplicatesBefore).isEqualTo(2);
	}

	@Test
	void oversizedMalformedAndUnrecognisedBodiesPublishNothingAndNeverFailWith500() throws Exception {
		String id = pay();
		String oversized = WebhookTestApplication.payload(id, "Pending")
			.replace("}}", ",\"pad\":\"" + "x".repeat(2048) + "\"}}");

		assertThat(this.app.deliver(oversized)).isEqualTo(413);
		assertThat(this.app.deliver("<html>not json</html>")).isEqualTo(400);
		assertThat(this.app.deliver("{\"truncated\":")).isEqualTo(400);
		assertThat(this.app.deliver("{\"event_id\":\"e1\",\"kind\":\"ping\"}")).isEqualTo(200);
		assertThat(this.app.deliver("[1,2,3]")).isEqualTo(200);
		assertThat(this.app
			.deliver("{\"data\":{\"victor_transaction_id\":\"" + "x".repeat(129) + "\",\"status\":\"Success\"}}"))
			.isEqualTo(200);
		String marker = deliverNewPayment();

		assertThat(this.app.nextEvent(VictorTransactionEvent.class).getReference()).isEqualTo(marker);
		assertThat(this.app.outcomes("unrecognised")).isGreaterThanOrEqualTo(3);
	}

	@Test
	void aReadBackThatFailsThenRecoversStillPublishesVictorsStatus() throws Exception {
		String id = pay();
		// the client's own 3 attempts fail, then the receiver's second read-back succeeds
		this.victor.injectFault("getTransactionById", MockFault.status(503), 4);

		assertThat(this.app.deliver(WebhookTestApplication.payload(id, "Pending"))).isEqualTo(200);

		VictorTransactionEvent event = this.app.nextEvent(VictorTransactionEvent.class);
		assertThat(event.getReference()).isEqualTo(id);
		assertThat(event.getStatus()).isEqualTo(TransactionStatus.PENDING);
	}

	@Test
	void aReadBackThatKeepsFailingIsSurfacedAsItsOwnEvent() throws Exception {
		String id = pay();
		this.victor.injectFault("getTransactionById", MockFault.status(503), 9);

		assertThat(this.app.deliver(WebhookTestApplication.payload(id, "Success"))).isEqualTo(200);

		VictorWebhookConfirmationFailedEvent event = this.app.nextEvent(VictorWebhookConfirmationFailedEvent.class);
		assertThat(event.getReference()).isEqualTo(id);
		assertThat(event.getClaimedStatus()).isEqualTo("Success");
		assertThat(event.getFailure()).hasMessageContaining("503");
	}

	@Test
	void springSecurityKeepsGuardingEverythingButTheWebhookPath() {
		assertThat(this.app.send("POST", "/anything-else?token=" + WebhookTestApplication.SECRET, "{}")).isIn(401, 403);
		assertThat(this.app.send("GET", "/victor/webhooks?token=" + WebhookTestApplication.SECRET, "")).isEqualTo(405);
	}

	@Test
	void theSecretReachesNoLogLineAndNoMeter() throws Exception {
		String id = pay();
		try (TraceLogCapture logs = new TraceLogCapture()) {
			this.app.post("?token=wrong-" + WebhookTestApplication.SECRET,
					WebhookTestApplication.payload(id, "Success"));
			this.app.deliver("not json " + WebhookTestApplication.SECRET);
			this.app.deliver(WebhookTestApplication.payload(id, "Success"));
			this.app.nextEvent(VictorTransactionEvent.class);
			assertThat(logs.eventCount()).isPositive();
			// at TRACE, nothing of Victor's logs it
			assertThat(logs.textsWhere((event) -> event.getLoggerName().startsWith("dev.victor"))).isNotEmpty()
				.noneMatch((text) -> text.contains(WebhookTestApplication.SECRET));
			// at INFO and above (production), nothing at all does; below, the web
			// server's own
			// wire logs print request lines with their query (see the README)
			assertThat(logs.textsWhere((event) -> event.getLevel().isGreaterOrEqual(Level.INFO)))
				.noneMatch((text) -> text.contains(WebhookTestApplication.SECRET));
		}
		MeterRegistry meters = this.app.context().getBean(MeterRegistry.class);
		assertThat(meters.find("victor.webhooks.received").counters()).isNotEmpty();
		assertThat(meters.find("http.server.requests").tag("uri", "/victor/webhooks").timers()).isNotEmpty();
		assertThat(meters.getMeters())
			.allSatisfy((meter) -> assertThat(meter.getId().toString()).doesNotContain(WebhookTestApplication.SECRET));
	}

	private String deliverNewPayment() {
		String id = pay();
		assertThat(this.app.deliver(WebhookTestApplication.payload(id, "Pending"))).isEqualTo(200);
		return id;
	}

	private String pay() {
		return this.client
			.createAchPayment(NewAchPaymentRequest.builder()
				.fromAccountNumber("1234567890")
				.counterpartyId(this.counterpartyId)
				.amount(new BigDecimal("25.00"))
				.direction(AchDirection.CREDIT)
				.secCode(SecCode.CCD)
				.build())
			.block()
			.victorTransactionId();
	}

}

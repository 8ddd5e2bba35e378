package dev.victor.client.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.victor.client.RequestOptions;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.TestClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request log: one DEBUG line per attempt with what an operator needs to find a call,
 * bodies at TRACE with names, numbers and secrets masked, and never a header.
 */
class RequestLogTests {

	private static final String RECEIPT = "{\"victor_transaction_id\":\"tx_1\",\"status\":\"Pending\",\"amount\":12.34,"
			+ "\"account_name\":\"Acme Payroll\"}";

	private final Logger logger = (Logger) LoggerFactory.getLogger(RequestLogFilter.LOGGER_NAME);

	private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

	private final Level previous = this.logger.getLevel();

	@AfterEach
	void restore() {
		this.logger.detachAppender(this.lines);
		this.logger.setLevel(this.previous);
	}

	@Test
	void atDebugEachAttemptIsOneLineWithItsKeyAndNoBody() throws Exception {
		capture(Level.DEBUG);
		AtomicInteger calls = new AtomicInteger();
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> (calls.incrementAndGet() == 1)
				? Action.respond(503, "{\"message\":\"busy\"}") : Action.respond(200, RECEIPT))) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl()).build();
			client
				.createAchPayment(TestClients.achPayment(),
						RequestOptions.builder().idempotencyKey("payout-42").build())
				.block(Duration.ofSeconds(10));
		}
		assertThat(messages()).hasSize(2);
		assertThat(messages().get(0)).matches("Victor createAchPayment POST /v2/payments/ach attempt 1 -> 503 "
				+ "VictorServerException in \\d+ ms, idempotency key payout-42");
		assertThat(messages().get(1)).matches(
				"Victor createAchPayment POST /v2/payments/ach attempt 2 -> 200 in \\d+ ms, idempotency key payout-42");
		assertThat(this.lines.list).allSatisfy((line) -> assertThat(line.getLevel()).isEqualTo(Level.DEBUG));
	}

	@Test
	void aTransportFailureSaysWhetherTheOutcomeIsUnknown() throws Exception {
		capture(Level.DEBUG);
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.closeWithoutResponse())) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl())
				.retry(VictorRetrySettings.none())
				.build();
			client.createCounterparty(NewCounterpartyRequest.builder().accountName("Acme").build())
				.onErrorComplete()
				.block(Duration.ofSeconds(10));
		}
		assertThat(messages()).singleElement()
			.asString()
			.matches("Victor createCounterparty POST /v2/counterparties attempt 1 -> VictorTransportException "
					+ "\\(outcome unknown\\) in \\d+ ms");
	}

	@Test
	void atTraceBodiesAreLoggedWithNamesNumbersAndSecretsMasked() throws Exception {
		capture(Level.TRACE);
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.respond(200, RECEIPT))) {
			TestClients.builder(server.baseUrl())
				.build()
				.createAchPayment(TestClients.achPayment())
				.block(Duration.ofSeconds(10));
		}
		String log = String.join("\n", messages());
		assertThat(log).contains("request body: {")
			.contains("\"from_account_number\":\"****\"")
			.contains("\"amount\":12.34")
			.contains("response body: {\"victor_transaction_id\":\"tx_1\"")
			.contains("\"account_name\":\"****\"")
			.doesNotContain("1234567890")
			.doesNotContain("Acme Payroll")
			.doesNotContain("Token ey");
	}

	@Test
	void belowDebugNothingIsLogged() throws Exception {
		capture(Level.INFO);
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.respond(200, RECEIPT))) {
			TestClients.builder(server.baseUrl())
				.build()
				.createAchPayment(TestClients.achPayment())
				.block(Duration.ofSeconds(10));
		}
		assertThat(this.lines.list).isEmpty();
	}

	@Test
	void sensitiveValuesAreMaskedWhereverTheyAre() {
		assertThat(SensitiveJson
			.mask("{\"victor_account_id\":\"acc_1\",\"client_secret\":\"s3cret\",\"nested\":{\"routing_number\":"
					+ "021000021,\"names\":[\"A\",\"B\"],\"status\":\"Sent\"}}"))
			.isEqualTo(
					"{\"victor_account_id\":\"acc_1\",\"client_secret\":\"****\",\"nested\":{\"routing_number\":\"****\","
							+ "\"names\":\"****\",\"status\":\"Sent\"}}");
		assertThat(SensitiveJson.mask("<html>secret</html>")).isEqualTo("(19 characters, not JSON)");
	}

	private void capture(Level level) {
		this.logger.setLevel(level);
		this.lines.start();
		this.logger.addAppender(this.lines);
	}

	private List<String> messages() {
		return this.lines.list.stream()
			.filter((line) -> line.getLoggerName().equals(RequestLogFilter.LOGGER_NAME))
			.map(ILoggingEvent::getFormattedMessage)
			.toList();
	}

}

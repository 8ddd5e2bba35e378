package dev.victor.client.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.victor.autoconfigure.VictorAutoConfiguration;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.testsupport.FailureReports;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.TestClients;
import dev.victor.testsupport.TestKeys;
import dev.victor.testsupport.TraceLogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RELIABILITY.md's secret scan: with every logger at TRACE, run successful, retried,
 * failed and misconfigured calls, then search every log line, exception message and
 * {@code toString()}, and every failure report for the API key, the JWTs sent, PEM lines,
 * the client secret and the payment's account number (the TRACE request log masks
 * bodies).
 */
class SecretScanTests {

	private static final String CLIENT_SECRET = "cs-7f1e5c0d-very-secret";

	private TraceLogCapture logs;

	@BeforeEach
	void captureEverythingAtTrace() {
		this.logs = new TraceLogCapture();
	}

	@AfterEach
	void restore() {
		this.logs.close();
	}

	@Test
	void noSecretReachesALogLineAnExceptionAToStringOrAFailureReport() throws Exception {
		List<String> texts = new ArrayList<>();
		List<String> tokensSent = new ArrayList<>();
		AtomicInteger calls = new AtomicInteger();
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> {
			tokensSent.add(request.header("Authorization").substring("Token ".length()));
			return switch (calls.incrementAndGet()) {
				case 1 -> Action.respond(200, TestClients.RECEIPT);
				case 2 -> Action.reset();
				case 3 -> Action.respond(503, "{\"message\":\"busy\"}");
				case 4 -> Action.respond(200, TestClients.RECEIPT);
				case 5 -> Action.respond(401, "{\"message\":\"Invalid token\"}");
				default -> Action.respond(400, "{\"errors\":[{\"field\":\"amount\",\"message\":\"bad\"}]}");
			};
		})) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl()).build();
			texts.add(client.toString());
			client.createAchPayment(TestClients.achPayment()).block();
			client.createAchPayment(TestClients.achPayment()).block();
			for (int i = 0; i < 2; i++) {
				try {
					client.createAchPayment(TestClients.achPayment()).block();
				}
				catch (RuntimeException ex) {
					collect(ex, texts);
				}
			}
		}
		for (String properties : List.of("victor.auth.token-ttl=2h", "victor.base-url=http://example.com",
				"victor.auth.mode=oauth", "victor.public-key-path=classpath:none.pub")) {
			new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(VictorAutoConfiguration.class))
				.withPropertyValues("victor.api-key=" + TestClients.API_KEY,
						"victor.private-key-pem=" + TestKeys.pkcs8Pem(TestKeys.rsa2048()),
						"victor.auth.client-secret=" + CLIENT_SECRET, properties)
				.run((context) -> {
					texts.add(FailureReports.report(context.getStartupFailure()));
					collect(context.getStartupFailure(), texts);
				});
		}
		int logLines = this.logs.eventCount();
		int otherTexts = texts.size();
		texts.addAll(this.logs.texts());

		List<String> secrets = new ArrayList<>(
				List.of(TestClients.API_KEY, CLIENT_SECRET, TestClients.achPayment().fromAccountNumber()));
		secrets.addAll(tokensSent);
		tokensSent.forEach((jwt) -> secrets.add(jwt.split("\\.")[1]));
		String pem = TestKeys.pkcs8Pem(TestKeys.rsa2048());
		pem.lines().filter((line) -> !line.startsWith("-----")).forEach(secrets::add);
		long occurrences = texts.stream().mapToLong((text) -> secrets.stream().filter(text::contains).count()).sum();
		System.out.printf(
				"Secret scan: %d log lines at TRACE, %d messages/reports/toStrings, %d secrets, " + "occurrences %d%n",
				logLines, otherTexts, secrets.size(), occurrences);
		assertThat(logLines).as("TRACE logging was live").isPositive();
		assertThat(tokensSent).hasSizeGreaterThanOrEqualTo(6);
		List<String> leaks = texts.stream()
			.filter((text) -> secrets.stream().anyMatch(text::contains))
			.map((text) -> text.substring(0, Math.min(300, text.length())))
			.toList();
		assertThat(occurrences).as("texts holding a secret: %s", leaks).isZero();
	}

	private static void collect(Throwable failure, List<String> texts) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			texts.add(String.valueOf(t.getMessage()));
			texts.add(t.toString());
		}
	}

}

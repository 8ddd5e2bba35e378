package dev.victor.client.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import dev.victor.autoconfigure.VictorAutoConfiguration;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.testsupport.FailureReports;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.TestClients;
import dev.victor.testsupport.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RELIABILITY.md's secret scan: with every logger at TRACE, run successful, retried, failed
 * and misconfigured calls, then search every log line, exception message and
 * {@code toString()}, and every failure report for the API key, the JWTs sent, PEM lines and
 * the client secret.
 */
class SecretScanTests {

	private static final String CLIENT_SECRET = "cs-7f1e5c0d-very-secret";

	private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	private Level previousLevel;

	private Appender<ILoggingEvent> console;

	@BeforeEach
	void captureEverythingAtTrace() {
		this.previousLevel = this.root.getLevel();
		this.console = this.root.getAppender("CONSOLE");
		this.root.detachAppender(this.console);
		this.root.setLevel(Level.TRACE);
		this.logs.start();
		this.root.addAppender(this.logs);
	}

	@AfterEach
	void restore() {
		this.root.detachAppender(this.logs);
		this.root.setLevel(this.previousLevel);
		if (this.console != null) {
			this.root.addAppender(this.console);
		}
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
		this.logs.list.forEach((event) -> {
			texts.add(event.getFormattedMessage());
			if (event.getThrowableProxy() != null) {
				texts.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
			}
		});

		List<String> secrets = new ArrayList<>(List.of(TestClients.API_KEY, CLIENT_SECRET));
		secrets.addAll(tokensSent);
		tokensSent.forEach((jwt) -> secrets.add(jwt.split("\\.")[1]));
		String pem = TestKeys.pkcs8Pem(TestKeys.rsa2048());
		pem.lines().filter((line) -> !line.startsWith("-----")).forEach(secrets::add);
		long occurrences = texts.stream()
			.mapToLong((text) -> secrets.stream().filter(text::contains).count())
			.sum();
		System.out.printf("Secret scan: %d log lines at TRACE, %d messages/reports/toStrings, %d secrets, "
				+ "occurrences %d%n", this.logs.list.size(), texts.size() - this.logs.list.size(), secrets.size(),
				occurrences);
		assertThat(this.logs.list).as("TRACE logging was live").isNotEmpty();
		assertThat(tokensSent).hasSizeGreaterThanOrEqualTo(6);
		assertThat(occurrences).isZero();
	}

	private static void collect(Throwable failure, List<String> texts) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			texts.add(String.valueOf(t.getMessage()));
			texts.add(t.toString());
		}
	}

}

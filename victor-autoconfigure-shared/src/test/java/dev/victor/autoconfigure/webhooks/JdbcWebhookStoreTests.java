package dev.victor.autoconfigure.webhooks;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import dev.victor.autoconfigure.VictorAutoConfiguration;
import dev.victor.autoconfigure.webhooks.VictorWebhookStore.StoredDelivery;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.model.AchDirection;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.client.model.SecCode;
import dev.victor.client.model.TransactionStatus;
import dev.victor.test.MockFault;
import dev.victor.test.MockVictorCredentials;
import dev.victor.test.MockVictorServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.netty.resources.LoopResources;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JDBC store shared by replicas: two applications on one database, receiving the same
 * deliveries at the same moment, publish each once; a delivery acknowledged just before a
 * crash is published by the next start; the schema switch works like Boot's own. Runs on
 * an in-memory H2 database, or on PostgreSQL when {@code victor.webhooks.test.jdbc-url}
 * (with {@code .username} and {@code .password}) names one (see the README).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcWebhookStoreTests {

	private static final String URL_PROPERTY = "victor.webhooks.test.jdbc-url";

	private final MockVictorCredentials credentials = MockVictorCredentials.generate();

	private final String url = System.getProperty(URL_PROPERTY,
			"jdbc:h2:mem:victor-webhooks-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

	private final String username = System.getProperty(URL_PROPERTY.replace("jdbc-url", "username"), "");

	private final String password = System.getProperty(URL_PROPERTY.replace("jdbc-url", "password"), "");

	private final LoopResources loops = LoopResources.create("jdbc-webhook-tests", 1, true);

	private MockVictorServer victor;

	private VictorPaymentsClient client;

	private String counterpartyId;

	@BeforeAll
	void start() {
		this.victor = this.credentials.startServer();
		// the applications these tests start and stop dispose Reactor Netty's global
		// event
		// loops when they close: the test's own client must not live on them
		this.client = VictorPaymentsClient.builder()
			.baseUrl(this.victor.baseUrl())
			.apiKey(this.credentials.apiKey())
			.privateKey(this.credentials.privateKey())
			.httpClientCustomizer((http) -> http.runOn(this.loops))
			.build();
		this.counterpartyId = this.client
			.createCounterparty(NewCounterpartyRequest.builder().accountName("Acme").build())
			.block()
			.victorCounterpartyId();
		store().initializeSchema();
	}

	@BeforeEach
	void emptyTheTable() {
		new JdbcTemplate(dataSource()).update("DELETE FROM victor_webhook_delivery");
	}

	@AfterAll
	void stop() {
		this.victor.close();
		this.loops.disposeLater().block(Duration.ofSeconds(5));
	}

	@Test
	void twoReplicasOnOneDatabasePublishEachDeliveryOnceWhenTheyReceiveItAtTheSameMoment() throws Exception {
		int rounds = 20;
		ExecutorService senders = Executors.newFixedThreadPool(2);
		try (WebhookTestApplication first = replica(); WebhookTestApplication second = replica()) {
			for (int round = 0; round < rounds; round++) {
				String body = WebhookTestApplication.payload(pay(), "Pending");
				CountDownLatch gate = new CountDownLatch(1);
				List<CompletableFuture<Integer>> answers = new ArrayList<>();
				for (WebhookTestApplication replica : List.of(first, second)) {
					answers.add(CompletableFuture.supplyAsync(() -> {
						awaitQuietly(gate);
						return replica.deliver(body);
					}, senders));
				}
				gate.countDown();
				assertThat(answers).allSatisfy((answer) -> assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(200));
			}
			assertThat(first.outcomes("published") + second.outcomes("published")).isEqualTo(rounds);
			assertThat(first.outcomes("duplicate") + second.outcomes("duplicate")).isEqualTo(rounds);
			int events = 0;
			while (events < rounds) {
				events += drain(first) + drain(second);
			}
			assertThat(events).isEqualTo(rounds);
			awaitPublished(rounds);
		}
		finally {
			senders.shutdownNow();
		}
	}

	@Test
	void aDeliveryAcknowledgedJustBeforeACrashIsPublishedAfterTheRestart() throws Exception {
		String id = pay();
		String body = WebhookTestApplication.payload(id, "Pending");
		assertThat(store().claim(new StoredDelivery(id + "|PENDING", body, Instant.now().minusSeconds(60)))).isTrue();

		try (WebhookTestApplication restarted = replica("victor.webhooks.redispatch-after=1s")) {
			VictorTransactionEvent event = restarted.nextEvent(VictorTransactionEvent.class);
			assertThat(event.getReference()).isEqualTo(id);
			assertThat(event.getStatus()).isEqualTo(TransactionStatus.PENDING);
			assertThat(event.getPayload()).isEqualTo(body);
			assertThat(restarted.deliver(body)).as("still a duplicate").isEqualTo(200);
			assertThat(restarted.outcomes("duplicate")).isEqualTo(1);
			awaitPublished(1);
		}
	}

	@Test
	void aDeliveryStillBeingConfirmedAtShutdownIsPublishedAfterTheRestartNotGivenUp() throws Exception {
		String id = pay();
		String body = WebhookTestApplication.payload(id, "Pending");
		// every read-back fails until the shutdown: the delivery is mid-confirmation when
		// the application stops
		this.victor.injectFault("getTransactionById", MockFault.status(503), 1_000);
		try (WebhookTestApplication stopping = replica("victor.webhooks.confirm-backoff=10s")) {
			assertThat(stopping.deliver(body)).isEqualTo(200);
			awaitState(id + "|PENDING", "RECEIVED");
		}
		assertThat(state(id + "|PENDING")).as("not given up").isEqualTo("RECEIVED");
		this.victor.clearFaults();

		try (WebhookTestApplication restarted = replica("victor.webhooks.redispatch-after=1s")) {
			VictorTransactionEvent event = restarted.nextEvent(VictorTransactionEvent.class);
			assertThat(event.getReference()).isEqualTo(id);
			awaitPublished(1);
		}
	}

	@Test
	void theSchemaIsCreatedForAnInMemoryDatabaseOnlyUnlessToldOtherwise() {
		WebApplicationContextRunner runner = new WebApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(VictorAutoConfiguration.class, VictorWebhooksAutoConfiguration.class))
			.withPropertyValues("victor.webhooks.enabled=true",
					"victor.webhooks.secret=" + WebhookTestApplication.SECRET, "victor.webhooks.store=jdbc",
					"victor.webhooks.confirm=false", "victor.api-key=" + this.credentials.apiKey(),
					"victor.private-key-pem=" + this.credentials.privateKeyPem(),
					"victor.base-url=" + this.victor.baseUrl());
		for (String mode : List.of("embedded", "always", "never")) {
			String database = "jdbc:h2:mem:schema-" + mode + ";DB_CLOSE_DELAY=-1";
			runner.withBean(DataSource.class, () -> new DriverManagerDataSource(database))
				.withPropertyValues("victor.webhooks.jdbc.initialize-schema=" + mode)
				.run((context) -> {
					assertThat(context).hasNotFailed().hasSingleBean(JdbcVictorWebhookStore.class);
					assertThat(tableExists(context.getBean(DataSource.class))).as(mode)
						.isEqualTo(!mode.equals("never"));
				});
		}
		runner.withPropertyValues("victor.webhooks.jdbc.initialize-schema=never")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasMessageContaining("victor.webhooks.store")
				.hasMessageContaining("no single DataSource"));
	}

	private static boolean tableExists(DataSource dataSource) {
		return new JdbcTemplate(dataSource).queryForObject(
				"SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = 'VICTOR_WEBHOOK_DELIVERY'",
				Integer.class) == 1;
	}

	private WebhookTestApplication replica(String... more) {
		List<String> properties = new ArrayList<>(List.of("victor.webhooks.store=jdbc",
				"victor.webhooks.jdbc.initialize-schema=always", "test.datasource.url=" + this.url,
				"test.datasource.username=" + this.username, "test.datasource.password=" + this.password));
		properties.addAll(List.of(more));
		return WebhookTestApplication.start(WebApplicationType.SERVLET, this.victor, this.credentials,
				properties.toArray(String[]::new));
	}

	private DataSource dataSource() {
		return new DriverManagerDataSource(this.url, this.username, this.password);
	}

	private JdbcVictorWebhookStore store() {
		return new JdbcVictorWebhookStore(dataSource());
	}

	private String state(String key) {
		return new JdbcTemplate(dataSource())
			.queryForObject("SELECT state FROM victor_webhook_delivery WHERE delivery_key = ?", String.class, key);
	}

	private void awaitState(String key, String expected) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (new JdbcTemplate(dataSource()).queryForObject(
				"SELECT COUNT(*) FROM victor_webhook_delivery WHERE delivery_key = ? AND state = ?", Integer.class, key,
				expected) == 0 && System.nanoTime() < deadline) {
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
		}
		assertThat(state(key)).isEqualTo(expected);
	}

	private int count(String state) {
		return new JdbcTemplate(dataSource())
			.queryForObject("SELECT COUNT(*) FROM victor_webhook_delivery WHERE state = ?", Integer.class, state);
	}

	/**
	 * Wait until the store records the events as published: each is recorded just after
	 * its listeners return.
	 */
	private void awaitPublished(int expected) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (count("PUBLISHED") < expected && System.nanoTime() < deadline) {
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
		}
		assertThat(count("PUBLISHED")).isEqualTo(expected);
	}

	private static int drain(WebhookTestApplication replica) throws InterruptedException {
		var events = replica.context().getBean(WebhookTestApplication.EventRecorder.class).events;
		return (events.poll(20, TimeUnit.MILLISECONDS) != null) ? 1 + events.drainTo(new ArrayList<>()) : 0;
	}

	private static void awaitQuietly(CountDownLatch gate) {
		try {
			gate.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private String pay() {
		return this.client
			.createAchPayment(NewAchPaymentRequest.builder()
				.fromAccountNumber("1234567890")
				.counterpartyId(this.counterpartyId)
				.amount(new BigDecimal("7.00"))
				.direction(AchDirection.CREDIT)
				.secCode(SecCode.CCD)
				.build())
			.block()
			.victorTransactionId();
	}

}

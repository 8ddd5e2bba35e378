package dev.victor.autoconfigure;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.testsupport.JwtAssertions;
import dev.victor.testsupport.LoopbackServers;
import dev.victor.testsupport.TestClients;
import dev.victor.testsupport.TestKeys;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configured client against a real HTTP server on loopback.
 */
class VictorAutoConfigurationHttpTests {

	private static final String API_KEY = VictorAutoConfigurationTests.API_KEY;

	private MockWebServer server;

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void start() throws IOException {
		this.server = LoopbackServers.mockWebServer();
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(VictorAutoConfiguration.class))
			.withPropertyValues("victor.api-key=" + API_KEY,
					"victor.private-key-pem=" + TestKeys.pkcs8Pem(TestKeys.rsa2048()),
					"victor.base-url=" + this.server.url("/"), "victor.auth.token-ttl=120s");
	}

	@AfterEach
	void stop() throws IOException {
		this.server.shutdown();
	}

	@Test
	void theInjectedClientSignsEveryRequestWithTheConfiguredLifetime() {
		this.contextRunner.run((context) -> {
			TransactionReceipt receipt = pay(context.getBean(VictorPaymentsClient.class));
			assertThat(receipt.victorTransactionId()).isEqualTo("tx_1");
			RecordedRequest request = take();
			assertThat(request.getPath()).isEqualTo("/v2/payments/ach");
			var claims = JwtAssertions.verify(request.getHeader("Authorization").substring("Token ".length()),
					TestKeys.publicKey(TestKeys.rsa2048()), API_KEY);
			assertThat(JwtAssertions.lifetimeSeconds(claims)).isEqualTo(120);
		});
	}

	@Test
	void oauthModeSendsTheSharedBearerToken() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(VictorAutoConfiguration.class))
			.withPropertyValues("victor.auth.mode=oauth", "victor.auth.client-id=client-1",
					"victor.auth.client-secret=secret-1", "victor.base-url=" + this.server.url("/"))
			.run((context) -> {
				long expires = System.currentTimeMillis() + 600_000;
				this.server.enqueue(
						json("{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires\":" + expires + "}"));
				pay(context.getBean(VictorPaymentsClient.class));
				RecordedRequest token = take();
				assertThat(token.getPath()).isEqualTo("/v2/auth/token");
				assertThat(token.getBody().readUtf8())
					.isEqualTo("{\"client_id\":\"client-1\",\"client_secret\":\"secret-1\"}");
				assertThat(take().getHeader("Authorization")).isEqualTo("Bearer tok-1");
			});
	}

	@Test
	void appliesVictorClientCustomizersInOrder() {
		this.contextRunner.withUserConfiguration(CustomizerConfiguration.class).run((context) -> {
			pay(context.getBean(VictorPaymentsClient.class));
			assertThat(take().getHeaders().values("X-Team")).containsExactly("payouts", "treasury");
		});
	}

	@Test
	void startsFromBootsWebClientBuilderWithoutChangingIt() {
		this.contextRunner.withConfiguration(BootLineAutoConfigurations.webClient())
			.withUserConfiguration(BootLineAutoConfigurations.AppWebClientCustomizer.class)
			.run((context) -> {
				pay(context.getBean(VictorPaymentsClient.class));
				assertThat(take().getHeader("X-App")).as("application customizer applied").isEqualTo("shop");

				WebClient appClient = context.getBean(WebClient.Builder.class).build();
				this.server.enqueue(new MockResponse().setBody("ok"));
				appClient.get().uri(this.server.url("/health").uri()).retrieve().toBodilessEntity().block();
				RecordedRequest appRequest = take();
				assertThat(appRequest.getHeader("Authorization")).as("the shared builder is not signed").isNull();
			});
	}

	@Test
	void anApplicationsJacksonSettingsNeverChangeTheVictorWireFormat() {
		this.contextRunner.withConfiguration(BootLineAutoConfigurations.jacksonCodecsAndWebClient())
			.withPropertyValues("spring.jackson.property-naming-strategy=UPPER_CAMEL_CASE",
					"spring.jackson.default-property-inclusion=always",
					BootLineAutoConfigurations.writeDatesAsTimestamps(),
					"spring.jackson.deserialization.fail-on-unknown-properties=true")
			.run((context) -> {
				assertThat(BootLineAutoConfigurations.writeWithApplicationMapper(context, TestClients.achPayment()))
					.as("the application's own mapper")
					.contains("\"FromAccountNumber\"");
				this.server.enqueue(json("{\"victor_transaction_id\":\"tx_1\",\"status\":\"Pending\","
						+ "\"created_at\":\"2026-11-25T10:15:30Z\",\"brand_new_field\":1}"));
				TransactionReceipt receipt = context.getBean(VictorPaymentsClient.class)
					.createAchPayment(TestClients.achPayment())
					.block();
				RecordedRequest sent = take();
				assertThat(sent.getBody().readUtf8()).isEqualTo("{\"from_account_number\":\"1234567890\","
						+ "\"counterparty_id\":\"cp_1\",\"amount\":12.34,\"direction\":\"credit\",\"sec_code\":\"ccd\","
						+ "\"client_reference_id\":\"" + sent.getHeader("Idempotency-Key") + "\"}");
				assertThat(receipt.createdAt()).hasToString("2026-11-25T10:15:30Z");
				assertThat(receipt.extras()).containsEntry("brand_new_field", 1);
			});
	}

	private TransactionReceipt pay(VictorPaymentsClient client) {
		this.server.enqueue(json("{\"victor_transaction_id\":\"tx_1\",\"status\":\"Pending\"}"));
		return client.createAchPayment(TestClients.achPayment()).block();
	}

	private static MockResponse json(String body) {
		return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
	}

	private RecordedRequest take() throws InterruptedException {
		RecordedRequest request = this.server.takeRequest(5, TimeUnit.SECONDS);
		assertThat(request).isNotNull();
		return request;
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		@Bean
		@Order(2)
		VictorClientCustomizer treasury() {
			return (builder) -> builder
				.webClientCustomizer((web) -> web.defaultHeaders((h) -> h.add("X-Team", "treasury")));
		}

		@Bean
		@Order(1)
		VictorClientCustomizer payouts() {
			return (builder) -> builder
				.webClientCustomizer((web) -> web.defaultHeaders((h) -> h.add("X-Team", "payouts")));
		}

	}

}

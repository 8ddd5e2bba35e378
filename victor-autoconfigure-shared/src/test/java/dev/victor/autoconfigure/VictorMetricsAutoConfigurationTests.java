package dev.victor.autoconfigure;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.victor.autoconfigure.actuate.VictorActuatorAutoConfiguration;
import dev.victor.autoconfigure.actuate.VictorHealthDetails;
import dev.victor.autoconfigure.actuate.VictorHealthIndicator;
import dev.victor.autoconfigure.actuate.VictorInfoContributor;
import dev.victor.autoconfigure.metrics.VictorConnectionPoolMetrics;
import dev.victor.autoconfigure.metrics.VictorMetricsAutoConfiguration;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.auth.AccessToken;
import dev.victor.client.auth.VictorAuthentication;
import dev.victor.client.error.VictorAuthenticationException;
import dev.victor.client.http.VictorHttpSettings;
import dev.victor.testsupport.LoopbackServers;
import dev.victor.testsupport.TestClients;
import dev.victor.testsupport.TestKeys;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class VictorMetricsAutoConfigurationTests {

	private MockWebServer server;

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void start() throws IOException {
		this.server = LoopbackServers.mockWebServer();
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(VictorAutoConfiguration.class,
					VictorMetricsAutoConfiguration.class, VictorActuatorAutoConfiguration.class))
			.withPropertyValues("victor.api-key=" + TestClients.API_KEY,
					"victor.private-key-pem=" + TestKeys.pkcs8Pem(TestKeys.rsa2048()),
					"victor.base-url=" + this.server.url("/"));
	}

	@AfterEach
	void stop() throws IOException {
		this.server.shutdown();
	}

	@Test
	void recordsIntoABareMeterRegistryWithoutAnObservationRegistry() {
		this.contextRunner.withUserConfiguration(MeterRegistryConfiguration.class).run((context) -> {
			pay(context.getBean(VictorPaymentsClient.class));
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(meters.get("victor.client.requests").tag("operation", "createAchPayment").timer().count())
				.isEqualTo(1);
			assertThat(meters.get("victor.client.tokens").tag("outcome", "issued").counter().count()).isEqualTo(1);
			assertThat(meters.get(VictorConnectionPoolMetrics.NAME).tag("state", "max").gauge().value())
				.isEqualTo(VictorHttpSettings.defaults().maxConnections());
			// the connection goes back to the pool just after the response reaches the
			// caller
			await().atMost(Duration.ofSeconds(5))
				.until(() -> meters.get(VictorConnectionPoolMetrics.NAME).tag("state", "active").gauge().value() == 0);
		});
	}

	@Test
	void aVictorCallIsMeasuredOnceWhileTheApplicationsOwnWebClientsStillAre() {
		this.contextRunner.withConfiguration(BootLineAutoConfigurations.metrics())
			.withConfiguration(BootLineAutoConfigurations.observedWebClient())
			.run((context) -> {
				pay(context.getBean(VictorPaymentsClient.class));
				MeterRegistry meters = context.getBean(MeterRegistry.class);
				assertThat(meters.get("victor.client.requests").timer().count()).isEqualTo(1);
				assertThat(meters.find("http.client.requests").timers()).as("not counted a second time").isEmpty();
				this.server.enqueue(new MockResponse().setBody("ok"));
				context.getBean(WebClient.Builder.class)
					.build()
					.get()
					.uri(this.server.url("/app").uri())
					.retrieve()
					.toBodilessEntity()
					.block(Duration.ofSeconds(10));
				assertThat(meters.get("http.client.requests").timer().count())
					.as("the application's own WebClient is still observed by Boot")
					.isEqualTo(1);
			});
	}

	@Test
	void recordsThroughActuatorsObservationRegistry() {
		this.contextRunner.withConfiguration(BootLineAutoConfigurations.metrics()).run((context) -> {
			pay(context.getBean(VictorPaymentsClient.class));
			assertThat(context.getBean(MeterRegistry.class)
				.get("victor.client.requests")
				.tag("outcome", "SUCCESS")
				.tag("environment", "staging")
				.timer()
				.count()).isEqualTo(1);
		});
	}

	@Test
	void distributionStatisticsFollowBootsDistributionProperties() {
		this.contextRunner.withConfiguration(BootLineAutoConfigurations.metrics())
			.withPropertyValues("management.metrics.distribution.slo.victor.client.requests=100ms,1s",
					"management.metrics.distribution.percentiles.victor.client.requests=0.5,0.99")
			.run((context) -> {
				pay(context.getBean(VictorPaymentsClient.class));
				var snapshot = context.getBean(MeterRegistry.class)
					.get("victor.client.requests")
					.timer()
					.takeSnapshot();
				assertThat(snapshot.histogramCounts()).hasSize(2);
				assertThat(snapshot.percentileValues()).hasSize(2);
			});
	}

	@Test
	void countsRefusedOAuthTokenRequestsAsFailedTokens() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(VictorAutoConfiguration.class, VictorMetricsAutoConfiguration.class))
			.withUserConfiguration(MeterRegistryConfiguration.class)
			.withPropertyValues("victor.auth.mode=oauth", "victor.auth.client-id=client-1",
					"victor.auth.client-secret=wrong", "victor.base-url=" + this.server.url("/"))
			.run((context) -> {
				this.server.enqueue(new MockResponse().setResponseCode(401).setBody("{}"));
				assertThatExceptionOfType(VictorAuthenticationException.class)
					.isThrownBy(() -> context.getBean(VictorPaymentsClient.class).getAccount("acc_1").block());
				MeterRegistry meters = context.getBean(MeterRegistry.class);
				assertThat(meters.get("victor.client.tokens")
					.tag("mode", "oauth")
					.tag("outcome", "failed")
					.counter()
					.count()).isEqualTo(1);
				assertThat(meters.get("victor.client.requests")
					.tag("operation", "getAccessToken")
					.tag("status", "401")
					.timer()
					.count()).isEqualTo(1);
			});
	}

	@Test
	void recordsNothingWhenSwitchedOff() {
		this.contextRunner.withUserConfiguration(MeterRegistryConfiguration.class)
			.withPropertyValues("victor.metrics.enabled=false")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(VictorConnectionPoolMetrics.class);
				pay(context.getBean(VictorPaymentsClient.class));
				assertThat(context.getBean(MeterRegistry.class).find("victor.client.requests").timer()).isNull();
			});
	}

	@Test
	void backsOffWithoutMicrometerOrActuator() {
		this.contextRunner
			.withClassLoader(
					new FilteredClassLoader(MeterRegistry.class, BootLineAutoConfigurations.healthIndicatorType()))
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(VictorPaymentsClient.class);
				assertThat(context).doesNotHaveBean(VictorHealthIndicator.class)
					.doesNotHaveBean(VictorConnectionPoolMetrics.class);
			});
	}

	@Test
	void healthIsUpWhileTokensAreAcceptedAndDownAfterRepeatedRejections() {
		this.contextRunner.run((context) -> {
			VictorHealthIndicator health = context.getBean(VictorHealthIndicator.class);
			VictorPaymentsClient client = context.getBean(VictorPaymentsClient.class);
			pay(client);
			assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
			int requestsBefore = this.server.getRequestCount();
			assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
			assertThat(this.server.getRequestCount()).as("a probe calls nothing").isEqualTo(requestsBefore);
			for (int i = 0; i < VictorHealthDetails.DOWN_AFTER; i++) {
				this.server.enqueue(new MockResponse().setResponseCode(401).setBody("{}"));
				assertThatExceptionOfType(VictorAuthenticationException.class)
					.isThrownBy(() -> client.getAccount("acc_1").block());
			}
			var down = health.health();
			assertThat(down.getStatus().getCode()).isEqualTo("DOWN");
			assertThat(down.getDetails()).containsEntry("reason", "Victor rejected the jwt token (HTTP 401)")
				.containsEntry("consecutiveAuthenticationProblems", 3);
			pay(client);
			assertThat(health.health().getStatus().getCode()).as("accepted again").isEqualTo("UP");
		});
	}

	@Test
	void countsTheTokensOfAnApplicationsOwnAuthentication() {
		this.contextRunner.withUserConfiguration(MeterRegistryConfiguration.class, VaultAuthentication.class)
			.run((context) -> {
				VictorPaymentsClient client = context.getBean(VictorPaymentsClient.class);
				pay(client);
				pay(client);
				MeterRegistry meters = context.getBean(MeterRegistry.class);
				assertThat(meters.get("victor.client.tokens")
					.tag("mode", "vault")
					.tag("outcome", "issued")
					.counter()
					.count()).as("one token, first used by the first call").isEqualTo(1);
				assertThat(this.server.takeRequest().getHeader("Authorization")).isEqualTo("Token from-the-vault");
				for (int i = 0; i < VictorHealthDetails.DOWN_AFTER; i++) {
					this.server.enqueue(new MockResponse().setResponseCode(401).setBody("{}"));
					assertThatExceptionOfType(VictorAuthenticationException.class)
						.isThrownBy(() -> client.getAccount("acc_1").block());
				}
				assertThat(meters.get("victor.client.tokens")
					.tag("mode", "vault")
					.tag("outcome", "rejected")
					.counter()
					.count()).isEqualTo(VictorHealthDetails.DOWN_AFTER);
				assertThat(context.getBean(VictorHealthIndicator.class).health().getDetails()).containsEntry("reason",
						"Victor rejected the vault token (HTTP 401)");
			});
	}

	@Test
	void infoShowsTheSetUpAndNoSecret() {
		this.contextRunner.run((context) -> {
			Info.Builder info = new Info.Builder();
			context.getBean(VictorInfoContributor.class).contribute(info);
			@SuppressWarnings("unchecked")
			Map<String, Object> victor = (Map<String, Object>) info.build().getDetails().get("victor");
			assertThat(victor).containsEntry("environment", "staging")
				.containsEntry("baseUrl", this.server.url("/").toString())
				.containsEntry("authMode", "jwt")
				.containsKey("clientVersion");
			assertThat(victor.toString()).doesNotContain(TestClients.API_KEY).doesNotContain("PRIVATE");
		});
	}

	private void pay(VictorPaymentsClient client) {
		this.server
			.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(TestClients.RECEIPT));
		client.createAchPayment(TestClients.achPayment()).block();
	}

	@Configuration(proxyBeanMethods = false)
	static class VaultAuthentication {

		@Bean
		VictorAuthentication vaultAuthentication() {
			AccessToken token = new AccessToken("from-the-vault", "Token", Instant.now(),
					Instant.now().plus(Duration.ofHours(1)));
			return new VictorAuthentication() {

				@Override
				public Mono<AccessToken> token() {
					return Mono.just(token);
				}

				@Override
				public String mode() {
					return "vault";
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class MeterRegistryConfiguration {

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

}

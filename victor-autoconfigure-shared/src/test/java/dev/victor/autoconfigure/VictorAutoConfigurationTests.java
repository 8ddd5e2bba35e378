package dev.victor.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.victor.client.BlockingVictorPaymentsClient;
import dev.victor.client.VictorEnvironment;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.auth.AccessToken;
import dev.victor.client.auth.JwtAuthentication;
import dev.victor.client.auth.OAuthAuthentication;
import dev.victor.client.auth.VictorAuthentication;
import dev.victor.client.http.VictorHttpSettings;
import dev.victor.client.http.VictorRetrySettings;
import dev.victor.testsupport.JwtAssertions;
import dev.victor.testsupport.TestClients;
import dev.victor.testsupport.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

class VictorAutoConfigurationTests {

	static final String API_KEY = TestClients.API_KEY;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(VictorAutoConfiguration.class));

	@TempDir
	Path keys;

	private String privateKeyPath;

	@BeforeEach
	void writeKey() throws IOException {
		this.privateKeyPath = "file:"
				+ Files.writeString(this.keys.resolve("victor.pem"), TestKeys.pkcs8Pem(TestKeys.rsa2048()));
	}

	@Test
	void createsASignedClientFromTheApiKeyAndPrivateKey() {
		this.contextRunner
			.withPropertyValues("victor.api-key=" + API_KEY, "victor.private-key-path=" + this.privateKeyPath)
			.run((context) -> {
				assertThat(context).hasSingleBean(VictorPaymentsClient.class);
				assertThat(context).hasSingleBean(VictorAuthentication.class);
				assertThat(context.getBean(VictorAuthentication.class)).isInstanceOf(JwtAuthentication.class);
				assertThat(context).hasBean("victorWebClient");
				assertThat(context.getBean("victorWebClient")).isInstanceOf(WebClient.class);
				assertThat(context).hasSingleBean(ConnectionProvider.class);
				assertThat(context).hasSingleBean(BlockingVictorPaymentsClient.class);
				assertThat(context.getBean(BlockingVictorPaymentsClient.class).reactive())
					.isSameAs(context.getBean(VictorPaymentsClient.class));
			});
	}

	@Test
	void oauthModeNeedsNoApiKeyNorPrivateKey() {
		this.contextRunner
			.withPropertyValues("victor.auth.mode=oauth", "victor.auth.client-id=client-1",
					"victor.auth.client-secret=secret-1", "victor.auth.refresh-skew=2m")
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(VictorPaymentsClient.class);
				assertThat(context).hasSingleBean(VictorAuthentication.class);
				assertThat(context.getBean(VictorAuthentication.class)).isInstanceOf(OAuthAuthentication.class);
				assertThat(context.getBean(VictorProperties.class).getAuth().getRefreshSkew())
					.isEqualTo(Duration.ofMinutes(2));
			});
	}

	@Test
	void acceptsThePrivateKeyAsPemTextInPkcs1() {
		this.contextRunner
			.withPropertyValues("victor.api-key=" + API_KEY,
					"victor.private-key-pem=" + TestKeys.pkcs1Pem(TestKeys.rsa2048()).replace("\n", "\r\n"))
			.run(VictorAutoConfigurationTests::signsTokensThatTheTestKeyVerifies);
	}

	@Test
	void provesTheConfiguredPublicKeyMatches() throws IOException {
		Path publicKey = Files.writeString(this.keys.resolve("victor.pub"), TestKeys.publicPem(TestKeys.rsa2048()));
		this.contextRunner
			.withPropertyValues("victor.api-key=" + API_KEY, "victor.private-key-path=" + this.privateKeyPath,
					"victor.public-key-path=file:" + publicKey)
			.run(VictorAutoConfigurationTests::signsTokensThatTheTestKeyVerifies);
	}

	/**
	 * The authentication bean does its job: it signs a JWT for the API key that the
	 * test's public key verifies, with the default lifetime.
	 */
	private static void signsTokensThatTheTestKeyVerifies(AssertableApplicationContext context) {
		assertThat(context).hasSingleBean(VictorPaymentsClient.class);
		AccessToken token = context.getBean(VictorAuthentication.class).token().block();
		JWTClaimsSet claims = JwtAssertions.verify(token.value(), TestKeys.publicKey(TestKeys.rsa2048()), API_KEY);
		assertThat(JwtAssertions.lifetimeSeconds(claims)).isEqualTo(60);
	}

	@Test
	void bindsEveryPropertyWithBootConversions() {
		this.contextRunner
			.withPropertyValues("victor.api-key=" + API_KEY, "victor.private-key-path=" + this.privateKeyPath,
					"victor.environment=production", "victor.auth.token-ttl=90s",
					"victor.base-url=http://localhost:8089", "victor.http.connect-timeout=2s",
					"victor.http.response-timeout=1m", "victor.retry.max-attempts=5",
					"victor.retry.initial-backoff=100ms", "victor.retry.max-backoff=2s", "victor.metrics.enabled=false",
					"victor.auth.client-id=client", "victor.auth.client-secret=secret", "victor.http.max-connections=8",
					"victor.http.pending-acquire-timeout=3s", "victor.http.max-idle-time=15s",
					"victor.http.deadline=45s", "victor.http.max-pending-acquires=64", "victor.http.max-life-time=2m",
					"victor.http.eviction-interval=5s", "victor.http.max-in-memory-size=256KB",
					"victor.retry.max-retry-after=10s")
			.run((context) -> {
				VictorProperties properties = context.getBean(VictorProperties.class);
				assertThat(properties.getEnvironment()).isEqualTo(VictorEnvironment.PRODUCTION);
				assertThat(properties.getAuth().getTokenTtl()).isEqualTo(Duration.ofSeconds(90));
				assertThat(properties.getAuth().getMode()).isEqualTo(VictorProperties.AuthMode.JWT);
				assertThat(properties.getBaseUrl()).hasToString("http://localhost:8089");
				assertThat(properties.getHttp().getConnectTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(properties.getHttp().getResponseTimeout()).isEqualTo(Duration.ofMinutes(1));
				assertThat(properties.getRetry().getMaxAttempts()).isEqualTo(5);
				assertThat(properties.getRetry().getInitialBackoff()).isEqualTo(Duration.ofMillis(100));
				assertThat(properties.getRetry().getMaxBackoff()).isEqualTo(Duration.ofSeconds(2));
				assertThat(properties.getMetrics().isEnabled()).isFalse();
				assertThat(properties.getAuth().getClientId()).isEqualTo("client");
				assertThat(properties.getAuth().getClientSecret()).isEqualTo("secret");
				VictorHttpSettings http = VictorSettingsMapper.http(properties);
				assertThat(http).isEqualTo(new VictorHttpSettings(Duration.ofSeconds(2), Duration.ofMinutes(1), 8,
						Duration.ofSeconds(3), Duration.ofSeconds(15), Duration.ofMinutes(2), Duration.ofSeconds(5),
						256 * 1024, Duration.ofSeconds(45), 64));
				assertThat(VictorSettingsMapper.retry(properties)).isEqualTo(new VictorRetrySettings(5,
						Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(10)));
			});
	}

	@Test
	void bindsTheEnvironmentInAnyCase() {
		this.contextRunner
			.withPropertyValues("victor.api-key=" + API_KEY, "victor.private-key-path=" + this.privateKeyPath,
					"victor.environment=PRODUCTION")
			.run((context) -> assertThat(context.getBean(VictorProperties.class).getEnvironment())
				.isEqualTo(VictorEnvironment.PRODUCTION));
	}

	@Test
	void hasDocumentedDefaults() {
		VictorProperties properties = new VictorProperties();
		assertThat(properties.getEnvironment()).isEqualTo(VictorEnvironment.STAGING);
		assertThat(properties.getAuth().getTokenTtl()).isEqualTo(Duration.ofSeconds(60));
		assertThat(properties.getAuth().getRefreshSkew()).isEqualTo(Duration.ofSeconds(60));
		assertThat(properties.getHttp().getConnectTimeout()).isEqualTo(Duration.ofSeconds(5));
		assertThat(properties.getHttp().getResponseTimeout()).isEqualTo(Duration.ofSeconds(30));
		assertThat(properties.getRetry().getMaxAttempts()).isEqualTo(3);
		assertThat(properties.getRetry().getInitialBackoff()).isEqualTo(Duration.ofMillis(200));
		assertThat(properties.getRetry().getMaxBackoff()).isEqualTo(Duration.ofSeconds(5));
		assertThat(properties.getMetrics().isEnabled()).isTrue();
		assertThat(VictorSettingsMapper.http(properties)).isEqualTo(VictorHttpSettings.defaults());
		assertThat(VictorSettingsMapper.retry(properties)).isEqualTo(VictorRetrySettings.defaults());
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnClient() {
		this.contextRunner.withUserConfiguration(UserClientConfiguration.class)
			.withPropertyValues("victor.api-key=" + API_KEY, "victor.private-key-path=" + this.privateKeyPath)
			.run((context) -> {
				assertThat(context).hasSingleBean(VictorPaymentsClient.class);
				assertThat(context.getBean(VictorPaymentsClient.class))
					.isSameAs(context.getBean(UserClientConfiguration.class).client);
				assertThat(context.getBean(BlockingVictorPaymentsClient.class).reactive())
					.isSameAs(context.getBean(UserClientConfiguration.class).client);
			});
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnBlockingClient() {
		this.contextRunner.withUserConfiguration(UserBlockingClientConfiguration.class)
			.withPropertyValues("victor.api-key=" + API_KEY, "victor.private-key-path=" + this.privateKeyPath)
			.run((context) -> {
				assertThat(context).hasSingleBean(BlockingVictorPaymentsClient.class);
				assertThat(context.getBean(BlockingVictorPaymentsClient.class).reactive())
					.isSameAs(context.getBean(UserBlockingClientConfiguration.class).client);
			});
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnAuthenticationAndNeedsNoKeyThen() {
		this.contextRunner.withUserConfiguration(UserAuthenticationConfiguration.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(VictorAuthentication.class))
				.isSameAs(context.getBean(UserAuthenticationConfiguration.class).authentication);
			assertThat(context).hasSingleBean(VictorPaymentsClient.class);
			assertThat(context.getBean(VictorProperties.class).getApiKey()).as("no key was needed").isNull();
		});
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnVictorWebClient() {
		this.contextRunner.withUserConfiguration(UserWebClientConfiguration.class)
			.withPropertyValues("victor.api-key=" + API_KEY, "victor.private-key-path=" + this.privateKeyPath)
			.run((context) -> assertThat(context.getBean("victorWebClient"))
				.isSameAs(context.getBean(UserWebClientConfiguration.class).webClient));
	}

	@Test
	void doesNothingWithoutWebFluxOnTheClassPath() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(WebClient.class))
			.run((context) -> assertThat(context).doesNotHaveBean(VictorPaymentsClient.class)
				.doesNotHaveBean(VictorProperties.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserClientConfiguration {

		final VictorPaymentsClient client = Mockito.mock(VictorPaymentsClient.class);

		@Bean
		VictorPaymentsClient myVictorClient() {
			return this.client;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserBlockingClientConfiguration {

		final VictorPaymentsClient client = Mockito.mock(VictorPaymentsClient.class);

		@Bean
		BlockingVictorPaymentsClient myBlockingVictorClient() {
			return new BlockingVictorPaymentsClient(this.client);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserAuthenticationConfiguration {

		final VictorAuthentication authentication = Mockito.mock(VictorAuthentication.class);

		@Bean
		VictorAuthentication vaultBackedAuthentication() {
			return this.authentication;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserWebClientConfiguration {

		final WebClient webClient = WebClient.create();

		@Bean
		WebClient victorWebClient() {
			return this.webClient;
		}

	}

}

package dev.victor.autoconfigure;

import java.io.IOException;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.testsupport.JwtAssertions;
import dev.victor.testsupport.LoopbackServers;
import dev.victor.testsupport.TestClients;
import dev.victor.testsupport.TestKeys;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with Spring Security of its own keeps it exactly as it was: Victor
 * brings no security configuration, and signs its calls with Nimbus alone.
 */
class VictorWithApplicationSecurityTests {

	private MockWebServer server;

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void start() throws IOException {
		this.server = LoopbackServers.mockWebServer();
		this.contextRunner = new ApplicationContextRunner().withConfiguration(BootLineAutoConfigurations.security())
			.withConfiguration(AutoConfigurations.of(VictorAutoConfiguration.class))
			.withUserConfiguration(ApplicationSecurity.class)
			.withPropertyValues("victor.api-key=" + VictorAutoConfigurationTests.API_KEY,
					"victor.private-key-pem=" + TestKeys.pkcs8Pem(TestKeys.rsa2048()),
					"victor.base-url=" + this.server.url("/"));
	}

	@AfterEach
	void stop() throws IOException {
		this.server.shutdown();
	}

	@Test
	void theApplicationsOwnUsersStayAndVictorStillSignsItsCalls() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(UserDetailsService.class);
			assertThat(context.getBean(UserDetailsService.class).loadUserByUsername("ops").getPassword())
				.isEqualTo("{noop}only-the-application-knows");
			this.server
				.enqueue(LoopbackServers.json(200, "{\"victor_transaction_id\":\"tx_1\",\"status\":\"Pending\"}"));
			assertThat(context.getBean(VictorPaymentsClient.class)
				.createAchPayment(TestClients.achPayment())
				.block()
				.victorTransactionId()).isEqualTo("tx_1");
			RecordedRequest request = this.server.takeRequest();
			JwtAssertions.verify(request.getHeader("Authorization").substring("Token ".length()),
					TestKeys.publicKey(TestKeys.rsa2048()), VictorAutoConfigurationTests.API_KEY);
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class ApplicationSecurity {

		@Bean
		UserDetailsService users() {
			return new InMemoryUserDetailsManager(
					User.withUsername("ops").password("{noop}only-the-application-knows").roles("OPS").build());
		}

	}

}

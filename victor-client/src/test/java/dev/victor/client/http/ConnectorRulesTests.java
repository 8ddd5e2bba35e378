package dev.victor.client.http;

import java.time.Duration;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.VictorPaymentsClientBuilder;
import dev.victor.client.error.VictorRedirectException;
import dev.victor.client.error.VictorTransportException;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.TestClients;
import org.junit.jupiter.api.Test;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Whatever a customizer changes, the Victor connector's rules hold: a change to the
 * Reactor Netty client cannot undo the timeouts, redirects off or Reactor Netty's retry
 * off, and a {@code WebClient} customizer that replaces the connector is refused with a
 * message that names the hooks to use instead.
 */
class ConnectorRulesTests {

	@Test
	void aCustomizedHttpClientKeepsTheResponseTimeout() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer(
				(request) -> Action.respondAfter(Duration.ofSeconds(5), 200, "{}"))) {
			VictorPaymentsClient client = loosened(server).build();
			assertThatExceptionOfType(VictorTransportException.class)
				.as("500ms response timeout still applies; a hang would end block(3s) untyped")
				.isThrownBy(() -> client.getAccount("acc_1").block(Duration.ofSeconds(3)))
				.satisfies((failure) -> assertThat(failure.isRequestSent()).isTrue());
			assertThat(server.requests()).as("one attempt: the call failed on its response timeout").hasSize(1);
		}
	}

	@Test
	void aCustomizedHttpClientStillRefusesRedirects() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer(
				(request) -> Action.respond(302, "", "Location", "/v2/elsewhere"))) {
			VictorPaymentsClient client = loosened(server).build();
			assertThatExceptionOfType(VictorRedirectException.class)
				.isThrownBy(() -> client.getAccount("acc_1").block(Duration.ofSeconds(3)));
			assertThat(server.requests()).extracting(ScriptedHttpServer.Request::path)
				.containsExactly("/v2/accounts/acc_1");
		}
	}

	@Test
	void replacingTheConnectorIsRefusedNamingTheHooks() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.respond(200, "{}"))) {
			VictorPaymentsClientBuilder builder = TestClients.builder(server.baseUrl())
				.webClientCustomizer((webClient) -> webClient.clientConnector(new ReactorClientHttpConnector()));
			assertThatExceptionOfType(IllegalStateException.class).isThrownBy(builder::build)
				.withMessageContaining("clientConnector")
				.withMessageContaining("httpClientCustomizer(...)")
				.withMessageContaining("proxy(...)");
			assertThat(server.requests()).isEmpty();
		}
	}

	@Test
	void replacingTheConnectorFromWithinApplyIsRefusedToo() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.respond(200, "{}"))) {
			VictorPaymentsClientBuilder builder = TestClients.builder(server.baseUrl())
				.webClientCustomizer((webClient) -> webClient
					.apply((inner) -> inner.clientConnector(new ReactorClientHttpConnector())));
			assertThatExceptionOfType(IllegalStateException.class).isThrownBy(builder::build)
				.withMessageContaining("clientConnector");
			assertThat(server.requests()).isEmpty();
		}
	}

	@Test
	void otherWebClientCustomizationsPassThrough() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.respond(200,
				"{\"victor_account_id\":\"acc_1\"}", "Content-Type", "application/json"))) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl())
				.webClientCustomizer((webClient) -> webClient.defaultHeader("X-Team", "payments"))
				.build();
			client.getAccount("acc_1").block(Duration.ofSeconds(3));
			assertThat(server.requests()).singleElement()
				.satisfies((request) -> assertThat(request.header("x-team")).isEqualTo("payments"));
		}
	}

	private static VictorPaymentsClientBuilder loosened(ScriptedHttpServer server) {
		return TestClients.builder(server.baseUrl())
			.retry(VictorRetrySettings.none())
			.httpClientCustomizer((
					client) -> client.responseTimeout(Duration.ofSeconds(60)).followRedirect(true).disableRetry(false));
	}

}

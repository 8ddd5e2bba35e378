package dev.victor.client.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.VictorPaymentsClientBuilder;
import dev.victor.client.error.VictorTransportException;
import dev.victor.client.model.AccountDetails;
import dev.victor.testsupport.LoopbackProxy;
import dev.victor.testsupport.LoopbackProxy.Protocol;
import dev.victor.testsupport.LoopbackServers;
import dev.victor.testsupport.TestCertificates;
import dev.victor.testsupport.TestClients;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Calls through an outbound proxy on loopback that alone knows Victor's host name: the
 * client tunnels TLS through it without resolving the name (the tunnel request carries
 * the name itself, and no DNS server exists here to resolve it), presents its
 * credentials, and fails typed and never-sent when the proxy refuses them.
 */
class ProxyTests {

	private static final String ACCOUNT = "{\"victor_account_id\":\"acc_1\"}";

	private final TestCertificates authority = TestCertificates.authority("proxy-tests-root");

	private MockWebServer victor;

	@BeforeEach
	void startVictor() {
		this.victor = this.authority.httpsServer(false);
	}

	@AfterEach
	void stopVictor() throws Exception {
		this.victor.close();
	}

	@Test
	void anHttpProxyTunnelsTlsToAHostOnlyItKnowsWithItsCredentials() throws Exception {
		this.victor.enqueue(LoopbackServers.json(200, ACCOUNT));
		try (LoopbackProxy proxy = proxy(Protocol.HTTP, "ops", "s3cret-proxy-pass")) {
			AccountDetails account = client(VictorProxy.of(VictorProxy.Type.HTTP, "127.0.0.1", proxy.port())
				.withCredentials("ops", "s3cret-proxy-pass")).getAccount("acc_1").block(Duration.ofSeconds(10));
			assertThat(account.victorAccountId()).isEqualTo("acc_1");
			assertThat(proxy.tunnelRequests()).containsExactly(
					"CONNECT " + TestCertificates.PRIVATE_HOST + ":" + this.victor.getPort() + " HTTP/1.1");
			assertThat(proxy.proxyAuthorizations()).containsExactly("Basic "
					+ Base64.getEncoder().encodeToString("ops:s3cret-proxy-pass".getBytes(StandardCharsets.UTF_8)));
			RecordedRequest request = this.victor.takeRequest();
			assertThat(request.getPath()).isEqualTo("/v2/accounts/acc_1");
			assertThat(request.getHeader("Authorization")).startsWith("Token ");
			assertThat(request.getHeader("Proxy-Authorization")).as("the proxy's credentials stay with the proxy")
				.isNull();
		}
	}

	@Test
	void aSocks5ProxyTunnelsToAHostOnlyItKnows() throws Exception {
		this.victor.enqueue(LoopbackServers.json(200, ACCOUNT));
		try (LoopbackProxy proxy = proxy(Protocol.SOCKS5, "ops", "s3cret-proxy-pass")) {
			AccountDetails account = client(VictorProxy.of(VictorProxy.Type.SOCKS5, "127.0.0.1", proxy.port())
				.withCredentials("ops", "s3cret-proxy-pass")).getAccount("acc_1").block(Duration.ofSeconds(10));
			assertThat(account.victorAccountId()).isEqualTo("acc_1");
			assertThat(proxy.tunnelRequests())
				.containsExactly("SOCKS5 " + TestCertificates.PRIVATE_HOST + ":" + this.victor.getPort());
			assertThat(proxy.proxyAuthorizations()).containsExactly("ops:s3cret-proxy-pass");
		}
	}

	@Test
	void aWrongProxyPasswordFailsTypedAndNeverSent() throws Exception {
		try (LoopbackProxy proxy = proxy(Protocol.HTTP, "ops", "s3cret-proxy-pass")) {
			VictorPaymentsClient client = client(VictorProxy.of(VictorProxy.Type.HTTP, "127.0.0.1", proxy.port())
				.withCredentials("ops", "wrong-pass"));
			assertThatExceptionOfType(VictorTransportException.class)
				.isThrownBy(() -> client.getAccount("acc_1").block(Duration.ofSeconds(10)))
				.satisfies((failure) -> {
					assertThat(failure.isRequestSent()).as("never sent").isFalse();
					assertThat(failure.isOutcomeUnknown()).isFalse();
					assertThat(failure).hasStackTraceContaining("407");
					assertThat(failure.toString()).doesNotContain("wrong-pass");
				});
			assertThat(proxy.tunnelRequests()).isNotEmpty();
			assertThat(this.victor.getRequestCount()).isZero();
		}
	}

	@Test
	void aWrongSocks5PasswordFailsTypedAndNeverSent() throws Exception {
		try (LoopbackProxy proxy = proxy(Protocol.SOCKS5, "ops", "s3cret-proxy-pass")) {
			VictorPaymentsClient client = client(VictorProxy.of(VictorProxy.Type.SOCKS5, "127.0.0.1", proxy.port())
				.withCredentials("ops", "wrong-pass"));
			assertThatExceptionOfType(VictorTransportException.class)
				.isThrownBy(() -> client.getAccount("acc_1").block(Duration.ofSeconds(10)))
				.satisfies((failure) -> {
					assertThat(failure.isRequestSent()).as("never sent").isFalse();
					assertThat(failure.toString()).doesNotContain("wrong-pass");
				});
			assertThat(proxy.proxyAuthorizations()).isNotEmpty().allMatch("ops:wrong-pass"::equals);
			assertThat(this.victor.getRequestCount()).isZero();
		}
	}

	@Test
	void blankNonProxyPatternsSendEverythingThroughTheProxy() throws Exception {
		this.victor.enqueue(LoopbackServers.json(200, ACCOUNT));
		try (LoopbackProxy proxy = proxy(Protocol.HTTP, null, null)) {
			client(VictorProxy.of(VictorProxy.Type.HTTP, "127.0.0.1", proxy.port()).withNonProxyHosts(List.of(" ", "")))
				.getAccount("acc_1")
				.block(Duration.ofSeconds(10));
			assertThat(proxy.tunnelRequests()).hasSize(1);
		}
	}

	@Test
	void nonProxyHostsAreCalledDirectly() throws Exception {
		this.victor.enqueue(LoopbackServers.json(200, ACCOUNT));
		try (LoopbackProxy proxy = proxy(Protocol.HTTP, null, null)) {
			VictorPaymentsClient client = builder(URI.create("https://localhost:" + this.victor.getPort()),
					VictorProxy.of(VictorProxy.Type.HTTP, "127.0.0.1", proxy.port())
						.withNonProxyHosts(List.of("*.internal", "LOCAL*")))
				.build();
			assertThat(client.getAccount("acc_1").block(Duration.ofSeconds(10)).victorAccountId()).isEqualTo("acc_1");
			assertThat(proxy.tunnelRequests()).isEmpty();
		}
	}

	@Test
	void thePasswordNeverShowsInToString() {
		VictorProxy proxy = VictorProxy.of(VictorProxy.Type.HTTP, "proxy.bank", 3128)
			.withCredentials("ops", "s3cret-proxy-pass");
		assertThat(proxy).hasToString("VictorProxy[HTTP proxy.bank:3128, user ops, password ******]");
		assertThat(VictorProxy.systemProperties()).hasToString("VictorProxy[system properties]");
	}

	@Test
	void absurdProxiesAreRefused() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> VictorProxy.of(VictorProxy.Type.HTTP, " ", 3128))
			.withMessageContaining("host");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> VictorProxy.of(VictorProxy.Type.SOCKS5, "proxy.bank", 70000))
			.withMessageContaining("70000");
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> VictorProxy.systemProperties().withCredentials("ops", "pass"));
	}

	private LoopbackProxy proxy(Protocol protocol, String username, String password) throws Exception {
		return new LoopbackProxy(protocol, Map.of(TestCertificates.PRIVATE_HOST, this.victor.getPort()), username,
				password);
	}

	private VictorPaymentsClient client(VictorProxy proxy) {
		return builder(URI.create("https://" + TestCertificates.PRIVATE_HOST + ":" + this.victor.getPort()), proxy)
			.build();
	}

	private VictorPaymentsClientBuilder builder(URI baseUrl, VictorProxy proxy) {
		return TestClients.builder(baseUrl)
			.proxy(proxy)
			.httpClientCustomizer(
					(client) -> client.secure((ssl) -> ssl.sslContext(this.authority.trustingClientContext())));
	}

}

package dev.victor.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.error.VictorTransportException;
import dev.victor.testsupport.FailureReports;
import dev.victor.testsupport.LoopbackProxy;
import dev.victor.testsupport.LoopbackServers;
import dev.victor.testsupport.TestCertificates;
import dev.victor.testsupport.TestKeys;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The README's network examples, loaded verbatim from {@code examples/*.yml}, against TLS
 * servers and proxies on loopback whose certificates are generated here: a proxy that
 * alone knows Victor's host name, trust and a client certificate from a Spring Boot SSL
 * bundle, a trust file rotated while the application runs, and the JVM's proxy
 * properties.
 */
class VictorNetworkAutoConfigurationTests {

	private static final String ACCOUNT = "{\"victor_account_id\":\"acc_1\"}";

	private static final String PROXY_PASSWORD = "pr0xy-s3cret-pass";

	private final TestCertificates authority = TestCertificates.authority("network-tests-root");

	@TempDir
	Path files;

	private MockWebServer victor;

	@BeforeEach
	void startVictor() {
		this.victor = this.authority.httpsServer(true);
	}

	@AfterEach
	void stopVictor() throws IOException {
		this.victor.close();
	}

	@Test
	void behindAProxyWithMutualTlsFromABundle() throws Exception {
		this.victor.enqueue(LoopbackServers.json(200, ACCOUNT));
		try (LoopbackProxy proxy = httpProxy()) {
			runner("examples/behind-a-proxy.yml", proxyProperties(proxy), bundleFiles(this.authority))
				.withPropertyValues(
						"victor.base-url=https://" + TestCertificates.PRIVATE_HOST + ":" + this.victor.getPort())
				.run((context) -> {
					assertThat(context).hasNotFailed();
					VictorPaymentsClient client = context.getBean(VictorPaymentsClient.class);
					assertThat(client.getAccount("acc_1").block(Duration.ofSeconds(10)).victorAccountId())
						.isEqualTo("acc_1");
				});
			assertThat(proxy.tunnelRequests()).containsExactly(
					"CONNECT " + TestCertificates.PRIVATE_HOST + ":" + this.victor.getPort() + " HTTP/1.1");
			assertThat(proxy.proxyAuthorizations()).containsExactly("Basic "
					+ Base64.getEncoder().encodeToString(("ops:" + PROXY_PASSWORD).getBytes(StandardCharsets.UTF_8)));
			RecordedRequest request = this.victor.takeRequest();
			assertThat(request.getPath()).isEqualTo("/v2/accounts/acc_1");
			assertThat(request.getHandshake().peerCertificates()).as("the bundle's client certificate").hasSize(1);
		}
	}

	@Test
	void withoutTheBundleTheServerIsNotTrusted() throws Exception {
		try (LoopbackProxy proxy = httpProxy()) {
			runner("examples/behind-a-proxy.yml", proxyProperties(proxy), bundleFiles(this.authority))
				.withPropertyValues("victor.http.ssl.bundle=",
						"victor.base-url=https://" + TestCertificates.PRIVATE_HOST + ":" + this.victor.getPort())
				.run((context) -> {
					VictorPaymentsClient client = context.getBean(VictorPaymentsClient.class);
					assertThatExceptionOfType(VictorTransportException.class)
						.isThrownBy(() -> client.getAccount("acc_1").block(Duration.ofSeconds(10)))
						.satisfies((failure) -> {
							assertThat(failure.isRequestSent()).isFalse();
							assertThat(failure).hasStackTraceContaining(SSLHandshakeException.class.getName())
								.hasStackTraceContaining("PKIX path building failed");
						});
				});
			assertThat(this.victor.getRequestCount()).isZero();
		}
	}

	@Test
	void aMissingBundleFailsStartupNamingTheProperty() throws Exception {
		try (LoopbackProxy proxy = httpProxy()) {
			runner("examples/behind-a-proxy.yml", proxyProperties(proxy), bundleFiles(this.authority))
				.withPropertyValues("victor.http.ssl.bundle=victor-mtls")
				.run((context) -> {
					assertThat(context).hasFailed();
					String report = FailureReports.report(context.getStartupFailure());
					assertThat(report).contains("victor.http.ssl.bundle")
						.contains("'victor-mtls'")
						.contains("spring.ssl.bundle.pem.victor-mtls");
				});
		}
	}

	@Test
	void aRotatedTrustFileIsUsedByNewConnectionsWithoutARestart() throws Exception {
		this.victor.close();
		this.victor = this.authority.httpsServer(false);
		this.victor.enqueue(LoopbackServers.json(200, ACCOUNT));
		TestCertificates stranger = TestCertificates.authority("someone-else");
		Map<String, String> files = bundleFiles(stranger);
		try (LoopbackProxy proxy = httpProxy()) {
			runner("examples/behind-a-proxy.yml", proxyProperties(proxy), files)
				.withPropertyValues("spring.ssl.bundle.watch.file.quiet-period=50ms",
						"victor.base-url=https://" + TestCertificates.PRIVATE_HOST + ":" + this.victor.getPort())
				.run((context) -> {
					VictorPaymentsClient client = context.getBean(VictorPaymentsClient.class);
					assertThatExceptionOfType(VictorTransportException.class)
						.as("the trust file names another authority")
						.isThrownBy(() -> client.getAccount("acc_1").block(Duration.ofSeconds(10)));
					replace(Path.of(files.get("VICTOR_CA_FILE")), this.authority.root().certificatePem());
					await().atMost(Duration.ofSeconds(20))
						.pollInterval(Duration.ofMillis(100))
						.ignoreException(VictorTransportException.class)
						.untilAsserted(
								() -> assertThat(client.getAccount("acc_1").block(Duration.ofSeconds(5))).isNotNull());
				});
		}
	}

	@Test
	void theJvmsProxyPropertiesAreHonouredWhenAskedFor() throws Exception {
		this.victor.close();
		this.victor = this.authority.httpsServer(false);
		this.victor.enqueue(LoopbackServers.json(200, ACCOUNT));
		try (LoopbackProxy proxy = new LoopbackProxy(LoopbackProxy.Protocol.HTTP,
				Map.of(TestCertificates.PRIVATE_HOST, this.victor.getPort()), null, null)) {
			System.setProperty("https.proxyHost", "127.0.0.1");
			System.setProperty("https.proxyPort", String.valueOf(proxy.port()));
			try {
				runner("examples/system-proxy.yml", Map.of(), Map.of())
					.withPropertyValues("victor.http.ssl.bundle=victor",
							"spring.ssl.bundle.pem.victor.truststore.certificate=file:"
									+ write("ca.pem", this.authority.root().certificatePem()),
							"victor.base-url=https://" + TestCertificates.PRIVATE_HOST + ":" + this.victor.getPort())
					.run((context) -> assertThat(context.getBean(VictorPaymentsClient.class)
						.getAccount("acc_1")
						.block(Duration.ofSeconds(10))).isNotNull());
			}
			finally {
				System.clearProperty("https.proxyHost");
				System.clearProperty("https.proxyPort");
			}
			assertThat(proxy.tunnelRequests()).containsExactly(
					"CONNECT " + TestCertificates.PRIVATE_HOST + ":" + this.victor.getPort() + " HTTP/1.1");
		}
	}

	@Test
	void proxyMistakesAreReportedTogetherWithoutThePassword() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(VictorAutoConfiguration.class))
			.withPropertyValues("victor.api-key=" + VictorAutoConfigurationTests.API_KEY,
					"victor.private-key-pem=" + TestKeys.pkcs8Pem(TestKeys.rsa2048()),
					"victor.http.proxy.host=proxy.corp.example", "victor.http.proxy.port=0",
					"victor.http.proxy.password=" + PROXY_PASSWORD, "victor.http.max-connections=0")
			.run((context) -> {
				assertThat(context).hasFailed();
				String report = FailureReports.report(context.getStartupFailure());
				assertThat(report).contains("victor.http.proxy.port")
					.contains("victor.http.max-connections")
					.doesNotContain(PROXY_PASSWORD);
			});
	}

	@Test
	void theReadmeShowsTheExamplesVerbatim() throws IOException {
		String readme = Files.readString(Path.of("..", "README.md"));
		for (String example : List.of("examples/behind-a-proxy.yml", "examples/system-proxy.yml")) {
			String yaml = new ClassPathResource(example).getContentAsString(StandardCharsets.UTF_8);
			assertThat(readme).as(example).contains("```yaml\n" + yaml + "```");
		}
	}

	private LoopbackProxy httpProxy() throws IOException {
		return new LoopbackProxy(LoopbackProxy.Protocol.HTTP,
				Map.of(TestCertificates.PRIVATE_HOST, this.victor.getPort()), "ops", PROXY_PASSWORD);
	}

	/**
	 * A context from the example file, its {@code ${...}} values given as properties.
	 */
	private ApplicationContextRunner runner(String example, Map<String, String> proxy, Map<String, String> bundle) {
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, VictorAutoConfiguration.class))
			.withInitializer((context) -> load(example).forEach(context.getEnvironment().getPropertySources()::addLast))
			.withPropertyValues("VICTOR_API_KEY=" + VictorAutoConfigurationTests.API_KEY,
					"VICTOR_PRIVATE_KEY_FILE=" + write("victor.pem", TestKeys.pkcs8Pem(TestKeys.rsa2048())));
		for (Map.Entry<String, String> value : proxy.entrySet()) {
			runner = runner.withPropertyValues(value.getKey() + "=" + value.getValue());
		}
		for (Map.Entry<String, String> value : bundle.entrySet()) {
			runner = runner.withPropertyValues(value.getKey() + "=" + value.getValue());
		}
		return runner;
	}

	private static List<org.springframework.core.env.PropertySource<?>> load(String example) {
		try {
			return new YamlPropertySourceLoader().load(example, new ClassPathResource(example));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> proxyProperties(LoopbackProxy proxy) {
		return Map.of("PROXY_HOST", "127.0.0.1", "PROXY_PORT", String.valueOf(proxy.port()), "PROXY_USER", "ops",
				"PROXY_PASSWORD", PROXY_PASSWORD);
	}

	/**
	 * The bundle's files: the trust file names {@code trusted}'s root; the client
	 * certificate is always signed by this test's authority.
	 */
	private Map<String, String> bundleFiles(TestCertificates trusted) {
		HeldCertificate client = this.authority.issue("victor-test-client");
		return Map.of("VICTOR_CA_FILE", write("ca.pem", trusted.root().certificatePem()), "VICTOR_CLIENT_CERT_FILE",
				write("client.pem", client.certificatePem()), "VICTOR_CLIENT_KEY_FILE",
				write("client-key.pem", client.privateKeyPkcs8Pem()));
	}

	private String write(String name, String content) {
		try {
			return Files.writeString(this.files.resolve(name), content).toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void replace(Path file, String content) throws IOException {
		Path next = Files.writeString(this.files.resolve(file.getFileName() + ".next"), content);
		Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

}

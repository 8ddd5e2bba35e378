package dev.victor.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

import dev.victor.testsupport.FailureReports;
import dev.victor.testsupport.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bad configuration stops startup with a report that names the property and the
 * fix, and never prints a secret.
 */
class VictorConfigurationFailureTests {

	private static final String API_KEY = VictorAutoConfigurationTests.API_KEY;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(VictorAutoConfiguration.class));

	@TempDir
	Path keys;

	@Test
	void missingApiKey() throws IOException {
		assertThat(reportFor("victor.private-key-path=" + keyFile(TestKeys.pkcs8Pem(TestKeys.rsa2048()))))
			.contains("'victor.api-key' is required in JWT mode")
			.contains("Action: Set victor.api-key to the API key");
	}

	@Test
	void missingPrivateKey() {
		assertThat(reportFor("victor.api-key=" + API_KEY))
			.contains(
					"'victor.private-key-path' is required in JWT mode (neither it nor victor.private-key-pem is set)")
			.contains("Action: Set victor.private-key-path to the location");
	}

	@Test
	void privateKeyFileThatDoesNotExist() {
		String missing = "file:" + this.keys.resolve("absent.pem");
		assertThat(reportFor("victor.api-key=" + API_KEY, "victor.private-key-path=" + missing))
			.contains("'victor.private-key-path' points to '" + missing + "', which does not exist")
			.contains("Action: Check the path and its prefix");
	}

	@Test
	void privateKeyOnTheClassPathThatDoesNotExist() {
		assertThat(reportFor("victor.api-key=" + API_KEY, "victor.private-key-path=classpath:secrets/none.pem"))
			.contains("'classpath:secrets/none.pem', which does not exist");
	}

	@Test
	void malformedPem() throws IOException {
		String path = keyFile("-----BEGIN PRIVATE KEY-----\nMIIB!!!notbase64\n-----END PRIVATE KEY-----\n");
		assertThat(reportFor("victor.api-key=" + API_KEY, "victor.private-key-path=" + path))
			.contains("'victor.private-key-path' ('" + path + "') is not usable: no PEM block found")
			.contains("Action: Point victor.private-key-path at an unencrypted RSA private key of at least 2048 bits");
	}

	@Test
	void garbageInsteadOfAKey() throws IOException {
		String path = keyFile("hello, I am not a key");
		assertThat(reportFor("victor.api-key=" + API_KEY, "victor.private-key-path=" + path))
			.contains("is not usable: no PEM block found")
			.doesNotContain("hello, I am not a key");
	}

	@Test
	void ecKeyInsteadOfRsa() throws IOException {
		String path = keyFile(TestKeys.pkcs8Pem(TestKeys.generate("EC", 256)));
		assertThat(reportFor("victor.api-key=" + API_KEY, "victor.private-key-path=" + path))
			.contains("'victor.private-key-path' ('" + path + "') is not usable: the private key is an EC key");
	}

	@Test
	void publicKeyInsteadOfThePrivateKey() throws IOException {
		String path = keyFile(TestKeys.publicPem(TestKeys.rsa2048()));
		assertThat(reportFor("victor.api-key=" + API_KEY, "victor.private-key-path=" + path))
			.contains("is not usable: the PEM holds a 'PUBLIC KEY', which is public");
	}

	@Test
	void rsaKeyUnder2048Bits() throws IOException {
		String path = keyFile(TestKeys.pkcs8Pem(TestKeys.rsa(1024, "weak")));
		assertThat(reportFor("victor.api-key=" + API_KEY, "victor.private-key-path=" + path))
			.contains("'victor.private-key-path' ('" + path + "') is not usable: the RSA key has 1024 bits; "
					+ "at least 2048 are required");
	}

	@Test
	void malformedPemText() {
		assertThat(reportFor("victor.api-key=" + API_KEY, "victor.private-key-pem=not a pem"))
			.contains("'victor.private-key-pem' is not usable: no PEM block found")
			.doesNotContain("not a pem");
	}

	@Test
	void bothPathAndPemText() throws IOException {
		assertThat(reportFor("victor.api-key=" + API_KEY,
				"victor.private-key-path=" + keyFile(TestKeys.pkcs8Pem(TestKeys.rsa2048())),
				"victor.private-key-pem=" + TestKeys.pkcs8Pem(TestKeys.rsa2048())))
			.contains("'victor.private-key-path' and victor.private-key-pem are both set");
	}

	@Test
	void publicKeyThatDoesNotMatch() throws IOException {
		Path publicKey = Files.writeString(this.keys.resolve("other.pub"),
				TestKeys.publicPem(TestKeys.rsa(2048, "other")));
		assertThat(reportFor(validKey("victor.public-key-path=file:" + publicKey)))
			.contains("'victor.public-key-path' ('file:" + publicKey + "') does not match the configured private key")
			.contains("Action: Use the private key whose public part was registered with Victor");
	}

	@Test
	void unknownEnvironmentListsTheAllowedValues() throws IOException {
		assertThat(reportFor(validKey("victor.environment=prod"))).contains("victor.environment")
			.containsIgnoringCase("staging")
			.containsIgnoringCase("production");
	}

	@Test
	void cleartextBaseUrlToANonLoopbackHost() throws IOException {
		assertThat(reportFor(validKey("victor.base-url=http://api.victorfi.com")))
			.contains("'victor.base-url' is not allowed: plain http is only allowed to a loopback host")
			.contains("Action: Remove victor.base-url to use the staging URL, or set an https URL");
	}

	@Test
	void relativeBaseUrl() throws IOException {
		assertThat(reportFor(validKey("victor.base-url=/v2")))
			.contains("'victor.base-url' is not allowed: it must be an absolute URL with a host");
	}

	@Test
	void tokenTtlOfZero() throws IOException {
		assertThat(reportFor(validKey("victor.auth.token-ttl=0s")))
			.contains("'victor.auth.token-ttl' (PT0S) is out of range: it must be at least 1s");
	}

	@Test
	void tokenTtlAboveTheProductionLimit() throws IOException {
		assertThat(reportFor(validKey("victor.environment=production", "victor.auth.token-ttl=301s")))
			.contains("'victor.auth.token-ttl' (PT5M1S) is out of range: Victor accepts at most 300s in production")
			.contains("Action: Set victor.auth.token-ttl to a duration between 1s and 300s");
	}

	@Test
	void aClockSkewOfHalfTheTokenTtlOrMoreNamesBothProperties() throws IOException {
		assertThat(reportFor(validKey("victor.auth.clock-skew=30s")))
			.contains("'victor.auth.clock-skew' (PT30S) does not fit victor.auth.token-ttl (PT1M): it must be under "
					+ "half of the token TTL (60s)")
			.contains("Action: Set victor.auth.clock-skew below half of victor.auth.token-ttl");
		assertThat(reportFor(validKey("victor.auth.clock-skew=-1s"))).contains("it must be zero or positive");
	}

	@Test
	void anUnresolvedPlaceholderNamesTheVariableInsteadOfBeingSentAsTheKey() throws IOException {
		assertThat(reportFor(validKey("victor.api-key=${VICTOR_TEST_SURELY_UNSET_KEY}")))
			.contains("'victor.api-key' refers to ${VICTOR_TEST_SURELY_UNSET_KEY}, which is not set")
			.contains("Set the environment variable or property VICTOR_TEST_SURELY_UNSET_KEY");
	}

	@Test
	void severalWrongPropertiesAreReportedInOneReport() throws IOException {
		String report = reportFor(validKey("victor.retry.max-attempts=0", "victor.http.deadline=0s",
				"victor.auth.client-secret=${VICTOR_TEST_SURELY_UNSET_SECRET}"));
		assertThat(report).contains("and 2 more:")
			.contains("'victor.retry.max-attempts' must be at least 1")
			.contains("'victor.http.deadline' must be a positive duration")
			.contains("'victor.auth.client-secret' refers to ${VICTOR_TEST_SURELY_UNSET_SECRET}");
	}

	@Test
	void tokenTtlAboveTheStagingLimit() throws IOException {
		assertThat(reportFor(validKey("victor.auth.token-ttl=2h"))).contains("Victor accepts at most 3600s in staging");
	}

	@Test
	void nonPositiveTimeoutsAndRetrySettings() throws IOException {
		assertThat(reportFor(validKey("victor.http.connect-timeout=0s")))
			.contains("'victor.http.connect-timeout' must be a positive duration");
		assertThat(reportFor(validKey("victor.http.deadline=0s")))
			.contains("'victor.http.deadline' must be a positive duration");
		assertThat(reportFor(validKey("victor.http.max-pending-acquires=0")))
			.contains("'victor.http.max-pending-acquires' must be at least 1 but is 0");
		assertThat(reportFor(validKey("victor.retry.max-attempts=0")))
			.contains("'victor.retry.max-attempts' must be at least 1 but is 0")
			.contains("the default is 3.");
		assertThat(reportFor(validKey("victor.retry.initial-backoff=2s", "victor.retry.max-backoff=1s")))
			.contains("'victor.retry.max-backoff' (PT1S) is shorter than victor.retry.initial-backoff (PT2S)");
	}

	@Test
	void badPoolSettings() throws IOException {
		assertThat(reportFor(validKey("victor.http.max-connections=0")))
			.contains("'victor.http.max-connections' must be at least 1 but is 0")
			.contains("the default is 500.");
		assertThat(reportFor(validKey("victor.http.max-idle-time=0s")))
			.contains("'victor.http.max-idle-time' must be a positive duration");
		assertThat(reportFor(validKey("victor.http.max-in-memory-size=0B")))
			.contains("'victor.http.max-in-memory-size' must be between 1B and 2GB");
		assertThat(reportFor(validKey("victor.retry.max-retry-after=-1s")))
			.contains("'victor.retry.max-retry-after' must be zero or positive");
	}

	@Test
	void oauthModeWithoutAClientId() {
		assertThat(reportFor("victor.auth.mode=oauth", "victor.auth.client-secret=s3cr3t-value"))
			.contains("'victor.auth.client-id' is required in OAuth mode but is not set")
			.contains("Action: Set victor.auth.client-id and victor.auth.client-secret to the OAuth key")
			.doesNotContain("s3cr3t-value");
	}

	@Test
	void oauthModeWithoutAClientSecret() {
		assertThat(reportFor("victor.auth.mode=oauth", "victor.auth.client-id=client-1"))
			.contains("'victor.auth.client-secret' is required in OAuth mode but is not set");
	}

	@Test
	void oauthModeWithANonPositiveRefreshSkew() {
		assertThat(reportFor("victor.auth.mode=oauth", "victor.auth.client-id=client-1",
				"victor.auth.client-secret=s3cr3t-value", "victor.auth.refresh-skew=0s"))
			.contains("'victor.auth.refresh-skew' must be a positive duration");
	}

	private String[] validKey(String... more) throws IOException {
		List<String> properties = new ArrayList<>(List.of("victor.api-key=" + API_KEY,
				"victor.private-key-path=" + keyFile(TestKeys.pkcs8Pem(TestKeys.rsa2048()))));
		properties.addAll(List.of(more));
		return properties.toArray(String[]::new);
	}

	private String keyFile(String content) throws IOException {
		return "file:" + Files.writeString(Files.createTempFile(this.keys, "key", ".pem"), content);
	}

	/**
	 * Start a context that must fail and return Boot's failure report, after checking
	 * that neither the report nor any exception message in the chain holds a secret.
	 */
	private String reportFor(String... properties) {
		String[] report = new String[1];
		this.contextRunner.withPropertyValues(properties).run((context) -> {
			assertThat(context).hasFailed();
			Throwable failure = context.getStartupFailure();
			report[0] = FailureReports.report(failure);
			for (Throwable t = failure; t != null; t = t.getCause()) {
				assertNoSecret(String.valueOf(t.getMessage()));
			}
		});
		assertNoSecret(report[0]);
		return report[0];
	}

	private static void assertNoSecret(String text) {
		KeyPair pair = TestKeys.rsa2048();
		String pemLine = TestKeys.pkcs8Pem(pair).split("\n")[1];
		assertThat(text).doesNotContain(API_KEY).doesNotContain(pemLine).doesNotContain("BEGIN PRIVATE KEY-----\n");
	}

}

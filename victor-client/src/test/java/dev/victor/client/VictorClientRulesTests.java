package dev.victor.client;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VictorClientRulesTests {

	@ParameterizedTest
	@ValueSource(strings = { "https://api.victorfi.com", "http://localhost:8089", "http://127.0.0.1:1",
			"http://127.8.9.10", "http://[::1]:8080" })
	void allowsHttpsAndLoopbackHttp(String url) {
		assertThat(VictorClientRules.baseUrlProblem(URI.create(url))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://api.victorfi.com", "http://10.0.0.5", "http://localhost.evil.com",
			"ftp://localhost", "/v2", "api.victorfi.com" })
	void rejectsCleartextToOtherHostsAndRelativeUrls(String url) {
		assertThat(VictorClientRules.baseUrlProblem(URI.create(url))).isPresent();
	}

	@Test
	void limitsTokenLifetimesPerEnvironment() {
		assertThat(VictorClientRules.tokenTtlProblem(Duration.ofSeconds(300), VictorEnvironment.PRODUCTION)).isEmpty();
		assertThat(VictorClientRules.tokenTtlProblem(Duration.ofSeconds(301), VictorEnvironment.PRODUCTION))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("at most 300s in production"));
		assertThat(VictorClientRules.tokenTtlProblem(Duration.ofSeconds(3600), VictorEnvironment.STAGING)).isEmpty();
		assertThat(VictorClientRules.tokenTtlProblem(Duration.ofSeconds(3601), VictorEnvironment.STAGING)).isPresent();
		assertThat(VictorClientRules.tokenTtlProblem(Duration.ZERO, VictorEnvironment.STAGING)).isPresent();
	}

	@Test
	void theBuilderRefusesACleartextUrlAndIncompleteCredentials() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VictorPaymentsClient.builder().baseUrl(URI.create("http://api.victorfi.com")).build())
			.withMessageContaining("plain http is only allowed to a loopback host");
		assertThatIllegalArgumentException().isThrownBy(() -> VictorPaymentsClient.builder().build())
			.withMessageContaining("set apiKey and privateKey");
	}

}

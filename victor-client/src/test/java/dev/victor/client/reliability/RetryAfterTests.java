package dev.victor.client.reliability;

import java.time.Clock;
import java.time.Duration;

import dev.victor.client.error.VictorRateLimitException;
import dev.victor.client.http.RetryAfter;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.TestClients;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A {@code Retry-After} too large for a {@code long} is "wait longer than the cap": the
 * call fails at once. A malformed one is ignored and the normal backoff applies.
 */
class RetryAfterTests {

	private static final String HUGE = "99999999999999999999999999";

	@Test
	void aRetryAfterTooLargeForALongFailsAtOnceWithTheRateLimitException() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer(
				(request) -> Action.respond(429, "{}", "Retry-After", HUGE))) {
			VictorRateLimitException ex = assertThatExceptionOfType(VictorRateLimitException.class)
				.isThrownBy(() -> TestClients.builder(server.baseUrl()).build().getAccount("acc_1").block())
				.actual();
			assertThat(server.requests()).as("no retry: the wait is beyond the cap").hasSize(1);
			assertThat(ex.getRetryAfter())
				.hasValueSatisfying((wait) -> assertThat(wait).isGreaterThan(Duration.ofDays(365)));
		}
	}

	@Test
	void aMalformedRetryAfterIsIgnoredAndTheBackoffApplies() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer(
				(request) -> Action.respond(429, "{}", "Retry-After", "soon"))) {
			VictorRateLimitException ex = assertThatExceptionOfType(VictorRateLimitException.class)
				.isThrownBy(() -> TestClients.builder(server.baseUrl()).build().getAccount("acc_1").block())
				.actual();
			assertThat(server.requests()).as("retried with backoff up to max-attempts").hasSize(3);
			assertThat(ex.getRetryAfter()).isEmpty();
		}
	}

	@Test
	void parsesSecondsDatesAndRefusesTheRest() {
		Clock clock = Clock.systemUTC();
		assertThat(RetryAfter.parse("120", clock)).isEqualTo(Duration.ofSeconds(120));
		assertThat(RetryAfter.parse(" 0 ", clock)).isEqualTo(Duration.ZERO);
		assertThat(RetryAfter.parse("999999999999999999", clock)).isEqualTo(Duration.ofSeconds(999999999999999999L));
		assertThat(RetryAfter.parse(HUGE, clock)).isGreaterThan(Duration.ofDays(365 * 1000));
		assertThat(RetryAfter.parse("-5", clock)).isNull();
		assertThat(RetryAfter.parse("1.5", clock)).isNull();
		assertThat(RetryAfter.parse("soon", clock)).isNull();
		assertThat(RetryAfter.parse("", clock)).isNull();
	}

}

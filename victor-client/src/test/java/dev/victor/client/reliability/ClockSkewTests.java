package dev.victor.client.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.auth.TokenListener;
import dev.victor.client.error.VictorAuthenticationException;
import dev.victor.testsupport.MutableClock;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.TestClients;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Client-signed tokens are issued {@code clock-skew} in the past, so a Victor whose clock
 * lags still accepts them; and a Victor that rejects every token costs at most one new
 * signature per second, not one per call.
 */
class ClockSkewTests {

	@Test
	void aVictorFiveSecondsBehindAcceptsTokensOnDefaultSettings() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer(victorBehindBy(Duration.ofSeconds(5)))) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl()).build();
			assertThat(client.createAchPayment(TestClients.achPayment()).block().victorTransactionId())
				.isEqualTo("tx_1");
			assertThat(server.requests()).hasSize(1);
		}
	}

	@Test
	void aVictorSixtySecondsBehindAcceptsTokensWithAClockSkewOfNinetySeconds() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer(victorBehindBy(Duration.ofSeconds(60)))) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl())
				.tokenTtl(Duration.ofSeconds(300))
				.clockSkew(Duration.ofSeconds(90))
				.build();
			assertThat(client.createAchPayment(TestClients.achPayment()).block().victorTransactionId())
				.isEqualTo("tx_1");
			SignedJWT token = SignedJWT.parse(server.requests().get(0).headers().get("authorization").substring(6));
			JWTClaimsSet claims = token.getJWTClaimsSet();
			assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime())
				.as("the lifetime is unchanged")
				.isEqualTo(300_000);
		}
	}

	@Test
	void aBackdatedTokenIsStillRenewedBeforeItExpires() throws Exception {
		MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
		AtomicInteger signatures = new AtomicInteger();
		try (ScriptedHttpServer server = new ScriptedHttpServer(
				(request) -> Action.respond(200, TestClients.RECEIPT))) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl())
				.clock(clock)
				.tokenTtl(Duration.ofSeconds(60))
				.tokenListener(counting(signatures))
				.build();
			client.createAchPayment(TestClients.achPayment()).block();
			JWTClaimsSet first = claims(server, 0);
			assertThat(first.getIssueTime().toInstant()).as("iat is clock-skew (10s) in the past")
				.isEqualTo(clock.instant().minusSeconds(10));
			clock.advance(Duration.ofSeconds(19));
			client.createAchPayment(TestClients.achPayment()).block();
			assertThat(signatures).as("half the lifetime not yet passed since iat").hasValue(1);
			clock.advance(Duration.ofSeconds(2));
			client.createAchPayment(TestClients.achPayment()).block();
			assertThat(claims(server, 2).getExpirationTime().toInstant()).as("the token sent is still valid")
				.isAfter(clock.instant());
			// the renewal runs in the background: calls keep the old token until it is in
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
				client.createAchPayment(TestClients.achPayment()).block();
				assertThat(claims(server, server.requests().size() - 1).getIssueTime().toInstant())
					.as("the renewed token, issued 10s before now")
					.isEqualTo(clock.instant().minusSeconds(10));
			});
			assertThat(signatures).as("one renewal").hasValue(2);
		}
	}

	@Test
	void withoutSkewTheSameLaggingVictorRejectsTheToken() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer(victorBehindBy(Duration.ofSeconds(5)))) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl()).clockSkew(Duration.ZERO).build();
			assertThatExceptionOfType(VictorAuthenticationException.class)
				.isThrownBy(() -> client.createAchPayment(TestClients.achPayment()).block())
				.withMessageContaining("keys are environment-specific");
		}
	}

	@Test
	void aRunOfRejectionsSignsAtMostOneReplacementPerSecond() throws Exception {
		MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
		AtomicInteger signatures = new AtomicInteger();
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.respond(401, "{}"))) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl())
				.clock(clock)
				.tokenListener(counting(signatures))
				.build();
			for (int call = 0; call < 20; call++) {
				assertThatExceptionOfType(VictorAuthenticationException.class)
					.isThrownBy(() -> client.getAccount("acc_1").block());
			}
			assertThat(server.requests()).hasSize(20);
			assertThat(signatures).as("the first token and one replacement, within one second").hasValue(2);
			clock.advance(Duration.ofSeconds(1));
			assertThatExceptionOfType(VictorAuthenticationException.class)
				.isThrownBy(() -> client.getAccount("acc_1").block());
			client.getAccount("acc_1").onErrorComplete().block();
			assertThat(signatures).as("a second later, one more").hasValue(3);
		}
	}

	private static TokenListener counting(AtomicInteger signatures) {
		return new TokenListener() {

			@Override
			public void onTokenIssued(String mode) {
				signatures.incrementAndGet();
			}

			@Override
			public void onTokenFailure(String mode, Throwable failure) {
			}

		};
	}

	private static JWTClaimsSet claims(ScriptedHttpServer server, int request) throws Exception {
		return SignedJWT.parse(server.requests().get(request).headers().get("authorization").substring(6))
			.getJWTClaimsSet();
	}

	/**
	 * A Victor whose clock is {@code lag} behind: it refuses a token issued in its future
	 * or already expired by its clock.
	 */
	private static Function<ScriptedHttpServer.Request, Action> victorBehindBy(Duration lag) {
		return (request) -> {
			try {
				JWTClaimsSet claims = SignedJWT.parse(request.headers().get("authorization").substring(6))
					.getJWTClaimsSet();
				Date victorNow = Date.from(Instant.now().minus(lag));
				boolean valid = !claims.getIssueTime().after(victorNow) && claims.getExpirationTime().after(victorNow);
				return valid ? Action.respond(200, TestClients.RECEIPT) : Action.respond(401, "{\"message\":\"iat\"}");
			}
			catch (Exception ex) {
				return Action.respond(401, "{}");
			}
		};
	}

}

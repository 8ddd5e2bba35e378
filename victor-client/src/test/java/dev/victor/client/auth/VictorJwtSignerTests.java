package dev.victor.client.auth;

import java.time.Duration;
import java.time.Instant;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.victor.testsupport.JwtAssertions;
import dev.victor.testsupport.MutableClock;
import dev.victor.testsupport.TestKeys;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VictorJwtSignerTests {

	private static final String API_KEY = "65b6f047-c618-485b-a878-833ac3649ec2";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:15:30.750Z"));

	@Test
	void signsRs512TokensThatVerifyWithThePublicKey() {
		VictorJwtSigner signer = new VictorJwtSigner(API_KEY, TestKeys.privateKey(TestKeys.rsa2048()),
				Duration.ofSeconds(90), this.clock);
		AccessToken token = signer.sign();
		JWTClaimsSet claims = JwtAssertions.verify(token.value(), TestKeys.publicKey(TestKeys.rsa2048()), API_KEY);
		assertThat(claims.getIssueTime().toInstant()).isEqualTo(Instant.parse("2026-11-25T10:15:30Z"));
		assertThat(JwtAssertions.lifetimeSeconds(claims)).isEqualTo(90);
		assertThat(token.expiresAt()).isEqualTo(Instant.parse("2026-11-25T10:17:00Z"));
	}

	@Test
	void neverShowsTheTokenOrKeyInToString() {
		VictorJwtSigner signer = new VictorJwtSigner(API_KEY, TestKeys.privateKey(TestKeys.rsa2048()),
				Duration.ofSeconds(60), this.clock);
		AccessToken token = signer.sign();
		assertThat(token.toString()).doesNotContain(token.value()).contains("<redacted>");
		assertThat(signer.toString()).doesNotContain(API_KEY);
	}

	@Test
	void rejectsABlankApiKeyAndANonPositiveLifetime() {
		assertThatIllegalArgumentException().isThrownBy(() -> new VictorJwtSigner(" ",
				TestKeys.privateKey(TestKeys.rsa2048()), Duration.ofSeconds(60), this.clock));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new VictorJwtSigner(API_KEY, TestKeys.privateKey(TestKeys.rsa2048()), Duration.ZERO, this.clock));
	}

}

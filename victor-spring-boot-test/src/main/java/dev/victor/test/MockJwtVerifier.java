package dev.victor.test;

import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Checks a client-signed JWT the way Victor does: RS512 signature by the registered key,
 * {@code iss=victor-api}, the registered API key as {@code sub}, a lifetime within the
 * environment's limit, not expired and not issued in the future.
 */
final class MockJwtVerifier {

	private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

	private final String apiKey;

	private final RSASSAVerifier verifier;

	private final Duration maxLifetime;

	private final Clock clock;

	MockJwtVerifier(String apiKey, RSAPublicKey publicKey, Duration maxLifetime, Clock clock) {
		this.apiKey = apiKey;
		this.verifier = new RSASSAVerifier(publicKey);
		this.maxLifetime = maxLifetime;
		this.clock = clock;
	}

	/**
	 * Check a token.
	 * @param token the compact JWT
	 * @return why it is refused, or empty when it is accepted
	 */
	Optional<String> rejection(String token) {
		try {
			SignedJWT jwt = SignedJWT.parse(token);
			if (!JWSAlgorithm.RS512.equals(jwt.getHeader().getAlgorithm())) {
				return Optional.of("algorithm must be RS512");
			}
			if (!jwt.verify(this.verifier)) {
				return Optional.of("signature does not verify with the registered public key");
			}
			return claimsRejection(jwt.getJWTClaimsSet());
		}
		catch (ParseException | JOSEException ex) {
			return Optional.of("not a signed JWT");
		}
	}

	private Optional<String> claimsRejection(JWTClaimsSet claims) {
		Date issued = claims.getIssueTime();
		Date expires = claims.getExpirationTime();
		Instant now = this.clock.instant();
		if (!"victor-api".equals(claims.getIssuer())) {
			return Optional.of("iss must be victor-api");
		}
		if (!this.apiKey.equals(claims.getSubject())) {
			return Optional.of("sub is not a registered API key");
		}
		if (issued == null || expires == null) {
			return Optional.of("iat and exp are required");
		}
		if (Duration.between(issued.toInstant(), expires.toInstant()).compareTo(this.maxLifetime) > 0) {
			return Optional.of("exp - iat exceeds " + this.maxLifetime.getSeconds() + "s");
		}
		if (!now.isBefore(expires.toInstant())) {
			return Optional.of("token expired");
		}
		if (issued.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
			return Optional.of("iat is in the future");
		}
		return Optional.empty();
	}

}

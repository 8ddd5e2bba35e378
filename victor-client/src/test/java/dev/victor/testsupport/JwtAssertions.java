package dev.victor.testsupport;

import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verifies a Victor JWT the way Victor does: RS512 signature with the registered public
 * key, {@code typ=JWT}, {@code iss=victor-api}, the API key as {@code sub}.
 */
public final class JwtAssertions {

	private JwtAssertions() {
	}

	/**
	 * Verify a token and return its claims.
	 * @param token the compact JWT
	 * @param publicKey the public key that must verify it
	 * @param apiKey the expected subject
	 * @return the verified claims
	 */
	public static JWTClaimsSet verify(String token, RSAPublicKey publicKey, String apiKey) {
		try {
			SignedJWT jwt = SignedJWT.parse(token);
			assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS512);
			assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
			assertThat(jwt.verify(new RSASSAVerifier(publicKey))).as("signature verifies with the public key").isTrue();
			JWTClaimsSet claims = jwt.getJWTClaimsSet();
			assertThat(claims.getIssuer()).isEqualTo("victor-api");
			assertThat(claims.getSubject()).isEqualTo(apiKey);
			assertThat(claims.getIssueTime()).isNotNull();
			assertThat(claims.getExpirationTime()).isAfter(claims.getIssueTime());
			return claims;
		}
		catch (ParseException | JOSEException ex) {
			throw new AssertionError("not a verifiable JWT", ex);
		}
	}

	/**
	 * Return {@code exp - iat} of verified claims, in seconds.
	 * @param claims the claims
	 * @return the lifetime in seconds
	 */
	public static long lifetimeSeconds(JWTClaimsSet claims) {
		return (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000;
	}

}

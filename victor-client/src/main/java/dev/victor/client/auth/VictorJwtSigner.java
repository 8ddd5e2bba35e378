package dev.victor.client.auth;

import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.jspecify.annotations.Nullable;

/**
 * Signs the JWTs Victor accepts from clients that hold an RSA key: header
 * {@code {"alg":"RS512","typ":"JWT"}}, claims {@code iss=victor-api},
 * {@code sub=<api key>}, {@code iat} and {@code exp} in epoch seconds. Signing is
 * CPU-bound RSA work: call it off any event loop.
 *
 * @since 0.1.0
 */
public final class VictorJwtSigner {

	/** The {@code Authorization} scheme of client-signed JWTs. */
	public static final String SCHEME = "Token";

	/** The {@code iss} claim Victor requires. */
	public static final String ISSUER = "victor-api";

	private static final JWSHeader HEADER = new JWSHeader.Builder(JWSAlgorithm.RS512).type(JOSEObjectType.JWT).build();

	private final RSASSASigner signer;

	private final String apiKey;

	private final Duration tokenTtl;

	private final Duration clockSkew;

	private final Clock clock;

	/**
	 * Create a signer.
	 * @param apiKey the Victor API key, sent as {@code sub}
	 * @param privateKey the RSA private key registered with Victor (at least 2048 bits)
	 * @param tokenTtl the lifetime of each token ({@code exp - iat}), whole seconds
	 * @param clock the clock that sets {@code iat}
	 */
	public VictorJwtSigner(String apiKey, RSAPrivateKey privateKey, Duration tokenTtl, Clock clock) {
		this(apiKey, privateKey, tokenTtl, Duration.ZERO, clock);
	}

	/**
	 * Create a signer whose tokens are issued {@code clockSkew} in the past, so a Victor
	 * whose clock lags by up to that much still accepts them; their lifetime
	 * ({@code exp - iat}) stays {@code tokenTtl}.
	 * @param apiKey the API key, sent as {@code sub}
	 * @param privateKey the RSA key registered with Victor
	 * @param tokenTtl the token lifetime
	 * @param clockSkew how far back {@code iat} is set: zero or more, under half of
	 * {@code tokenTtl}
	 * @param clock the clock
	 */
	public VictorJwtSigner(String apiKey, RSAPrivateKey privateKey, Duration tokenTtl, Duration clockSkew,
			Clock clock) {
		if (apiKey == null || apiKey.isBlank()) {
			throw new IllegalArgumentException("apiKey must not be blank");
		}
		Objects.requireNonNull(privateKey, "privateKey must not be null");
		Objects.requireNonNull(tokenTtl, "tokenTtl must not be null");
		if (tokenTtl.getSeconds() < 1) {
			throw new IllegalArgumentException("tokenTtl must be at least one second");
		}
		if (privateKey.getModulus().bitLength() < RsaKeys.MIN_KEY_SIZE) {
			throw new InvalidKeyMaterialException("the RSA key needs at least " + RsaKeys.MIN_KEY_SIZE + " bits");
		}
		this.signer = new RSASSASigner(privateKey);
		this.apiKey = apiKey;
		this.tokenTtl = Duration.ofSeconds(tokenTtl.getSeconds());
		clockSkewProblem(clockSkew, this.tokenTtl).ifPresent((problem) -> {
			throw new IllegalArgumentException("Invalid clock skew " + clockSkew + ": " + problem);
		});
		this.clockSkew = clockSkew;
		this.clock = Objects.requireNonNull(clock, "clock must not be null");
	}

	/**
	 * Sign a new token valid from now for the configured lifetime.
	 * @return the signed token
	 */
	public AccessToken sign() {
		Instant issuedAt = this.clock.instant().minus(this.clockSkew).truncatedTo(ChronoUnit.SECONDS);
		Instant expiresAt = issuedAt.plus(this.tokenTtl);
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.subject(this.apiKey)
			.issueTime(Date.from(issuedAt))
			.expirationTime(Date.from(expiresAt))
			.build();
		SignedJWT jwt = new SignedJWT(HEADER, claims);
		try {
			jwt.sign(this.signer);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Signing the Victor JWT failed: " + ex.getClass().getSimpleName(), ex);
		}
		return new AccessToken(jwt.serialize(), SCHEME, issuedAt, expiresAt);
	}

	/**
	 * Return the lifetime of each token.
	 * @return the token lifetime in whole seconds
	 */
	public Duration tokenTtl() {
		return this.tokenTtl;
	}

	/**
	 * Check a clock skew: how far back a JWT's {@code iat} is set, so a Victor whose
	 * clock lags still accepts it.
	 * @param clockSkew the skew
	 * @param tokenTtl the token lifetime it applies to
	 * @return the problem, or empty if it is valid
	 */
	public static Optional<String> clockSkewProblem(@Nullable Duration clockSkew, Duration tokenTtl) {
		if (clockSkew == null || clockSkew.isNegative()) {
			return Optional.of("it must be zero or positive");
		}
		if (clockSkew.multipliedBy(2).compareTo(tokenTtl) >= 0) {
			return Optional.of("it must be under half of the token TTL (" + tokenTtl.getSeconds()
					+ "s), or a token would be due for renewal the moment it is signed");
		}
		return Optional.empty();
	}

	@Override
	public String toString() {
		return "VictorJwtSigner[alg=RS512, tokenTtl=" + this.tokenTtl + ", clockSkew=" + this.clockSkew + "]";
	}

}

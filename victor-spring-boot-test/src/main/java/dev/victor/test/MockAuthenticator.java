package dev.victor.test;

import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import dev.victor.client.auth.OAuthTokenRequest;

/**
 * Authenticates requests to {@link MockVictorServer} as Victor does: {@code Token <jwt>}
 * signed by the registered key for the registered API key, or {@code Bearer <token>}
 * issued by the mock's own {@code /v2/auth/token} to the registered OAuth client.
 */
final class MockAuthenticator {

	private final MockJwtVerifier jwtVerifier;

	private final String clientId;

	private final String clientSecret;

	private final Duration oauthTokenLifetime;

	private final Clock clock;

	private final Map<String, Instant> issuedTokens = new ConcurrentHashMap<>();

	MockAuthenticator(MockJwtVerifier jwtVerifier, String clientId, String clientSecret, Duration oauthTokenLifetime,
			Clock clock) {
		this.jwtVerifier = jwtVerifier;
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		this.oauthTokenLifetime = oauthTokenLifetime;
		this.clock = clock;
	}

	/**
	 * Check an {@code Authorization} header.
	 * @param authorization the header value, or {@code null}
	 * @return a 401 response, or empty when the request is authenticated
	 */
	Optional<MockResponse> rejection(String authorization) {
		if (authorization == null) {
			return Optional.of(MockResponse.error(401, "Missing Authorization header"));
		}
		if (authorization.startsWith("Token ") && this.jwtVerifier != null) {
			return this.jwtVerifier.rejection(authorization.substring("Token ".length()))
				.map((reason) -> MockResponse.error(401, "Invalid token: " + reason));
		}
		if (authorization.startsWith("Bearer ")) {
			Instant expires = this.issuedTokens.get(authorization.substring("Bearer ".length()));
			if (expires == null) {
				return Optional.of(MockResponse.error(401, "Invalid token: not issued by this server"));
			}
			return expires.isAfter(this.clock.instant()) ? Optional.empty()
					: Optional.of(MockResponse.error(401, "Invalid token: token expired"));
		}
		return Optional.of(MockResponse.error(401, "Unsupported authorization scheme"));
	}

	/**
	 * Issue an access token for the registered OAuth client.
	 * @param request the credentials
	 * @return the token response, or 401 for unknown credentials
	 */
	MockResponse issueToken(OAuthTokenRequest request) {
		if (this.clientId == null || !this.clientId.equals(request.clientId())
				|| !this.clientSecret.equals(request.clientSecret())) {
			return MockResponse.error(401, "Invalid client credentials");
		}
		// Answered on an event loop: UUID.randomUUID() may block seeding SecureRandom
		// there.
		String token = "mock_" + Long.toHexString(ThreadLocalRandom.current().nextLong())
				+ Long.toHexString(ThreadLocalRandom.current().nextLong());
		Instant expires = this.clock.instant().plus(this.oauthTokenLifetime);
		this.issuedTokens.put(token, expires);
		return MockResponse
			.ok(Map.of("access_token", token, "token_type", "Bearer", "expires", expires.toEpochMilli()));
	}

	/**
	 * Revoke every issued access token, so the next call with one is answered 401.
	 */
	void revokeTokens() {
		this.issuedTokens.clear();
	}

}

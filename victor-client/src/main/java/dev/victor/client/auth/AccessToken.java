package dev.victor.client.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A credential that authorises Victor requests until it expires: a client-signed JWT or
 * an OAuth access token. Its value is a secret: {@link #toString()} never shows it.
 *
 * @param value the token itself
 * @param scheme the {@code Authorization} scheme: {@code Token} for client-signed JWTs,
 * the OAuth {@code token_type} (e.g. {@code Bearer}) for access tokens
 * @param issuedAt when the token became valid
 * @param expiresAt when Victor stops accepting it
 * @since 0.1.0
 */
public record AccessToken(String value, String scheme, Instant issuedAt, Instant expiresAt) {

	/**
	 * Validate the token's parts.
	 */
	public AccessToken {
		Objects.requireNonNull(value, "value must not be null");
		Objects.requireNonNull(scheme, "scheme must not be null");
		Objects.requireNonNull(issuedAt, "issuedAt must not be null");
		Objects.requireNonNull(expiresAt, "expiresAt must not be null");
		if (!expiresAt.isAfter(issuedAt)) {
			throw new IllegalArgumentException("expiresAt must be after issuedAt");
		}
	}

	/**
	 * Return how long the token is valid in total.
	 * @return {@code expiresAt - issuedAt}
	 */
	public Duration lifetime() {
		return Duration.between(this.issuedAt, this.expiresAt);
	}

	/**
	 * Return the {@code Authorization} header value.
	 * @return {@code <scheme> <value>}
	 */
	public String authorizationHeader() {
		return this.scheme + " " + this.value;
	}

	@Override
	public String toString() {
		return "AccessToken[value=<redacted>, scheme=" + this.scheme + ", issuedAt=" + this.issuedAt + ", expiresAt="
				+ this.expiresAt + "]";
	}

}

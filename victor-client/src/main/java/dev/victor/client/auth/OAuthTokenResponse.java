package dev.victor.client.auth;

import java.time.Instant;

/**
 * Victor's answer to {@code POST /v2/auth/token}. {@code expires} arrives as epoch
 * milliseconds. The access token never appears in {@link #toString()}.
 *
 * @param accessToken the access token (a JWT)
 * @param tokenType the {@code Authorization} scheme, for example {@code Bearer}
 * @param expires when the token stops being accepted
 * @since 0.1.0
 */
public record OAuthTokenResponse(String accessToken, String tokenType, Instant expires) {

	@Override
	public String toString() {
		return "OAuthTokenResponse[accessToken=<redacted>, tokenType=" + this.tokenType + ", expires=" + this.expires
				+ "]";
	}

}

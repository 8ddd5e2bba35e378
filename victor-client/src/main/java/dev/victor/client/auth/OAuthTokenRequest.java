package dev.victor.client.auth;

/**
 * Body of Victor's {@code POST /v2/auth/token}: the OAuth client credentials. The secret
 * never appears in {@link #toString()}.
 *
 * @param clientId the OAuth client ID
 * @param clientSecret the OAuth client secret
 * @since 0.1.0
 */
public record OAuthTokenRequest(String clientId, String clientSecret) {

	@Override
	public String toString() {
		return "OAuthTokenRequest[clientId=<redacted>, clientSecret=<redacted>]";
	}

}

package dev.victor.client.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import dev.victor.client.call.VictorCall;
import dev.victor.client.error.VictorApiException;
import dev.victor.client.error.VictorAuthenticationException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Victor's OAuth client-credentials authentication:
 * {@code Authorization: Bearer <token>}. One access token is shared by all calls: fetched
 * from {@code POST /v2/auth/token} once (however many calls arrive together), renewed in
 * the background {@code refreshSkew} before it expires, and dropped when Victor answers
 * 401, after which the call is sent once more with a fresh token. The token request goes
 * through the same transport, timeouts and retry policy as API calls (it is safe to
 * repeat), but never through the authorization filter.
 *
 * @since 0.1.0
 */
public final class OAuthAuthentication extends CachedTokenAuthentication {

	/** The operation name of the token request. */
	public static final String OPERATION = "getAccessToken";

	/** The token request: never keyed, yet safe to repeat (it creates nothing). */
	private static final VictorCall TOKEN_CALL = new VictorCall(OPERATION, null, true, null, null);

	private static final String DEFAULT_SCHEME = "Bearer";

	/**
	 * Create an OAuth authentication.
	 * @param tokenClient a Victor web client without authorization (base URL, codecs,
	 * retries, error translation)
	 * @param clientId the OAuth client ID
	 * @param clientSecret the OAuth client secret
	 * @param refreshSkew how long before expiry the token is renewed
	 * @param clock the clock that decides token freshness
	 */
	public OAuthAuthentication(WebClient tokenClient, @Nullable String clientId, @Nullable String clientSecret,
			Duration refreshSkew, Clock clock) {
		super(fetch(tokenClient, new OAuthTokenRequest(requireText(clientId), requireText(clientSecret)), clock),
				(token) -> min(Objects.requireNonNull(refreshSkew, "refreshSkew must not be null"),
						token.lifetime().dividedBy(2)),
				clock);
	}

	private static Mono<AccessToken> fetch(WebClient tokenClient, OAuthTokenRequest credentials, Clock clock) {
		Objects.requireNonNull(tokenClient, "tokenClient must not be null");
		Objects.requireNonNull(clock, "clock must not be null");
		return Mono.defer(() -> tokenClient.post()
			.uri("/v2/auth/token")
			.attributes(TOKEN_CALL::attachTo)
			.bodyValue(credentials)
			.retrieve()
			.bodyToMono(OAuthTokenResponse.class)
			.map((response) -> toAccessToken(response, clock))
			.onErrorMap(OAuthAuthentication::isRefusal,
					(ex) -> VictorAuthenticationException.credentialsRefused((VictorApiException) ex)));
	}

	private static String requireText(@Nullable String credential) {
		if (credential == null || credential.isBlank()) {
			throw new IllegalArgumentException("OAuth client ID and client secret must not be blank");
		}
		return credential;
	}

	@Override
	public boolean retriesRejectedRequests() {
		return true;
	}

	@Override
	public String mode() {
		return "oauth";
	}

	@Override
	public String toString() {
		return "OAuthAuthentication[clientId=<redacted>]";
	}

	private static AccessToken toAccessToken(OAuthTokenResponse response, Clock clock) {
		if (response.accessToken() == null || response.expires() == null
				|| !response.expires().isAfter(clock.instant())) {
			throw new IllegalStateException("Victor's token endpoint returned no access token or an expired one");
		}
		String scheme = (response.tokenType() != null && !response.tokenType().isBlank()) ? response.tokenType()
				: DEFAULT_SCHEME;
		return new AccessToken(response.accessToken(), scheme, clock.instant(), response.expires());
	}

	private static boolean isRefusal(Throwable ex) {
		return ex instanceof VictorApiException api
				&& (api.getStatusCode().value() == 400 || api.getStatusCode().value() == 401);
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

}

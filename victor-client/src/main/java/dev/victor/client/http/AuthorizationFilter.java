package dev.victor.client.http;

import java.util.Objects;

import dev.victor.client.auth.AccessToken;
import dev.victor.client.auth.VictorAuthentication;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Puts the {@code Authorization} header on every Victor request, from the cached token of a
 * {@link VictorAuthentication}. A 401 reports the token as rejected, so it is not served
 * again; when the authentication {@link VictorAuthentication#retriesRejectedRequests()
 * allows it} (OAuth), the request is sent once more with a fresh token: a 401 means Victor
 * did not process it.
 * <p>
 * The header is added as the request is written ({@link AuthorizedClientRequest}): the
 * {@code ClientRequest} that filters, logs and observations see never holds the token.
 *
 * @since 0.1.0
 */
public final class AuthorizationFilter implements ExchangeFilterFunction {

	private final VictorAuthentication authentication;

	/** The header of the current token, built once per token rather than once per request. */
	private volatile @Nullable TokenHeader currentHeader;

	/**
	 * Create a filter.
	 * @param authentication supplies the tokens
	 */
	public AuthorizationFilter(VictorAuthentication authentication) {
		this.authentication = Objects.requireNonNull(authentication, "authentication must not be null");
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return exchange(request, next, this.authentication.retriesRejectedRequests());
	}

	private Mono<ClientResponse> exchange(ClientRequest request, ExchangeFunction next, boolean retryIfRejected) {
		return this.authentication.token()
			.flatMap((token) -> next.exchange(authorized(request, token)).flatMap((response) -> {
				if (!isUnauthorized(response)) {
					this.authentication.accepted(token);
					return Mono.just(response);
				}
				this.authentication.rejected(token);
				return retryIfRejected ? response.releaseBody().then(exchange(request, next, false))
						: Mono.just(response);
			}));
	}

	private ClientRequest authorized(ClientRequest request, AccessToken token) {
		TokenHeader header = this.currentHeader;
		if (header == null || header.token() != token) {
			header = new TokenHeader(token, token.authorizationHeader());
			this.currentHeader = header;
		}
		return new AuthorizedClientRequest(request, header.value());
	}

	private record TokenHeader(AccessToken token, String value) {

		@Override
		public String toString() {
			return "TokenHeader[<redacted>]";
		}

	}

	private static boolean isUnauthorized(ClientResponse response) {
		return response.statusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED);
	}

}

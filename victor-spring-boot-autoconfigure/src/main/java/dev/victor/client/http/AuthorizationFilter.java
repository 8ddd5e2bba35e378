package dev.victor.client.http;

import java.util.Objects;

import dev.victor.client.auth.VictorAuthentication;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Puts the {@code Authorization} header on every Victor request, from the cached token of a
 * {@link VictorAuthentication}, and reports a token Victor answered with 401 as rejected so
 * it is not served again.
 *
 * @since 0.1.0
 */
public final class AuthorizationFilter implements ExchangeFilterFunction {

	private final VictorAuthentication authentication;

	/**
	 * Create a filter.
	 * @param authentication supplies the tokens
	 */
	public AuthorizationFilter(VictorAuthentication authentication) {
		this.authentication = Objects.requireNonNull(authentication, "authentication must not be null");
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return this.authentication.token().flatMap((token) -> {
			ClientRequest authorized = ClientRequest.from(request)
				.headers((headers) -> headers.set(HttpHeaders.AUTHORIZATION,
						this.authentication.authorizationHeader(token)))
				.build();
			return next.exchange(authorized).doOnNext((response) -> {
				if (response.statusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED)) {
					this.authentication.rejected(token);
				}
			});
		});
	}

}

package dev.victor.client.http;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeoutException;

import dev.victor.client.auth.AccessToken;
import dev.victor.client.auth.VictorAuthentication;
import dev.victor.client.call.VictorCall;
import dev.victor.client.error.VictorCallFailure;
import dev.victor.client.error.VictorTransportException;
import org.jspecify.annotations.Nullable;
import reactor.core.Fuseable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Puts the {@code Authorization} header on every Victor request, from the cached token of
 * a {@link VictorAuthentication}. A 401 reports the token as rejected, so it is not
 * served again; when the authentication
 * {@link VictorAuthentication#retriesRejectedRequests() allows it} (OAuth), the request
 * is sent once more with a fresh token: a 401 means Victor did not process it.
 * <p>
 * The header is added as the request is written ({@link AuthorizedClientRequest}): the
 * {@code ClientRequest} that filters, logs and observations see never holds the token.
 *
 * @since 0.1.0
 */
public final class AuthorizationFilter implements ExchangeFilterFunction {

	/**
	 * Default bound on the wait for a token: an OAuth token request's connect and
	 * response time.
	 */
	public static final Duration DEFAULT_TOKEN_WAIT = Duration.ofSeconds(35);

	private final VictorAuthentication authentication;

	private final Duration tokenWait;

	/**
	 * The header of the current token, built once per token rather than once per request.
	 */
	private volatile @Nullable TokenHeader currentHeader;

	/**
	 * Create a filter that waits at most {@link #DEFAULT_TOKEN_WAIT} for a token.
	 * @param authentication supplies the tokens
	 */
	public AuthorizationFilter(VictorAuthentication authentication) {
		this(authentication, DEFAULT_TOKEN_WAIT);
	}

	/**
	 * Create a filter.
	 * @param authentication supplies the tokens
	 * @param tokenWait the longest wait for a token; past it the call fails, never sent,
	 * with a {@code VictorTransportException}
	 */
	public AuthorizationFilter(VictorAuthentication authentication, Duration tokenWait) {
		this.authentication = Objects.requireNonNull(authentication, "authentication must not be null");
		this.tokenWait = Objects.requireNonNull(tokenWait, "tokenWait must not be null");
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return exchange(request, next, this.authentication.retriesRejectedRequests());
	}

	private Mono<ClientResponse> exchange(ClientRequest request, ExchangeFunction next, boolean retryIfRejected) {
		return Mono.deferContextual((context) -> {
			Mono<AccessToken> token = this.authentication.token();
			if (token instanceof Fuseable.ScalarCallable<?> ready) {
				// a token in hand: nothing to wait for, so no timer to arm (arming one
				// wakes the timer thread on every call)
				Throwable problem = problemOf(ready);
				if (problem != null) {
					return Mono.error(isUntyped(problem) ? noToken(request, problem) : problem);
				}
				return token;
			}
			AttemptProgress.waitingForToken(context, true);
			return token
				.timeout(this.tokenWait,
						Mono.error(() -> noToken(request,
								new TimeoutException("No Victor token within " + this.tokenWait.toMillis() + "ms"))))
				.switchIfEmpty(Mono.error(() -> noToken(request, noTokenGiven())))
				.onErrorMap(AuthorizationFilter::isUntyped, (ex) -> noToken(request, ex))
				.doOnNext((issued) -> AttemptProgress.waitingForToken(context, false));
		}).flatMap((token) -> next.exchange(authorized(request, token)).flatMap((response) -> {
			if (!isUnauthorized(response)) {
				this.authentication.accepted(token);
				return Mono.just(response);
			}
			this.authentication.rejected(token);
			return retryIfRejected ? response.releaseBody().then(exchange(request, next, false)) : Mono.just(response);
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

	/**
	 * The call got no token (in time, or at all): nothing was sent, so the retry policy
	 * may try again, and the failure carries the call's operation and key like any other.
	 */
	private static VictorTransportException noToken(ClientRequest request, Throwable cause) {
		VictorCall call = VictorCall.of(request);
		return new VictorTransportException(cause, request.method(), request.url(), call.operation(),
				call.idempotencyKey(), false);
	}

	private IllegalStateException noTokenGiven() {
		return new IllegalStateException(
				"The Victor authentication (" + this.authentication.mode() + ") completed without a token");
	}

	/**
	 * What keeps a ready mono from giving a token: nothing when it holds one, else its
	 * emptiness or its own failure.
	 */
	private @Nullable Throwable problemOf(Fuseable.ScalarCallable<?> ready) {
		try {
			return (ready.call() != null) ? null : noTokenGiven();
		}
		catch (Exception ex) {
			return ex;
		}
	}

	/**
	 * A failure to get a token that is not typed yet; a typed one (OAuth credentials
	 * refused, a token wait that timed out) already says what happened.
	 */
	private static boolean isUntyped(Throwable failure) {
		return !(failure instanceof VictorCallFailure);
	}

	private static boolean isUnauthorized(ClientResponse response) {
		return response.statusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED);
	}

}

package dev.victor.client.http;

import java.net.URI;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeStrategies;

/**
 * A view of a request that carries an {@code Authorization} header only on the wire: the
 * header is set on the outgoing HTTP request when it is written, and never appears in
 * {@link #headers()}, so nothing that logs or observes the {@code ClientRequest} can see
 * the token. Unlike {@code ClientRequest.from(request)}, it copies nothing.
 */
final class AuthorizedClientRequest implements ClientRequest {

	private final ClientRequest request;

	private final String authorization;

	AuthorizedClientRequest(ClientRequest request, String authorization) {
		this.request = request;
		this.authorization = authorization;
	}

	@Override
	public HttpMethod method() {
		return this.request.method();
	}

	@Override
	public URI url() {
		return this.request.url();
	}

	@Override
	public HttpHeaders headers() {
		return this.request.headers();
	}

	@Override
	public MultiValueMap<String, String> cookies() {
		return this.request.cookies();
	}

	@Override
	public BodyInserter<?, ? super ClientHttpRequest> body() {
		return this.request.body();
	}

	@Override
	public Map<String, Object> attributes() {
		return this.request.attributes();
	}

	@Override
	public @Nullable Consumer<ClientHttpRequest> httpRequest() {
		return this.request.httpRequest();
	}

	@Override
	public String logPrefix() {
		return this.request.logPrefix();
	}

	/**
	 * Write the request with the {@code Authorization} header; the wrapped request only
	 * adds headers that are absent, so the token cannot be overridden by a request
	 * header.
	 */
	@Override
	public Mono<Void> writeTo(ClientHttpRequest httpRequest, ExchangeStrategies strategies) {
		httpRequest.getHeaders().set(HttpHeaders.AUTHORIZATION, this.authorization);
		return this.request.writeTo(httpRequest, strategies);
	}

	@Override
	public String toString() {
		return this.request.method() + " " + this.request.url();
	}

}

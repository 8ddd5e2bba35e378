package dev.victor.client.http;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.victor.client.json.VictorJsonCodec;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.codec.Hints;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.http.codec.HttpMessageReader;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyExtractor;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.reactive.function.client.support.ClientResponseWrapper;

/**
 * A response whose body was read completely inside the filter chain: status, headers and
 * cookies come from the original response, and every way of reading the body reads the
 * buffered bytes, as often as asked. Nothing is left to release. Cheaper than rebuilding
 * a response with {@code ClientResponse.create(...)}, which copies headers and cookies.
 */
final class BufferedClientResponse extends ClientResponseWrapper {

	private final byte[] body;

	private final VictorJsonCodec json;

	private final BufferedHttpResponse httpResponse = new BufferedHttpResponse();

	BufferedClientResponse(ClientResponse response, byte[] body, VictorJsonCodec json) {
		super(response);
		this.body = body;
		this.json = json;
	}

	/**
	 * Return the body as text, for the request log.
	 */
	String bodyText() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	@Override
	public <T> T body(BodyExtractor<T, ? super ClientHttpResponse> extractor) {
		return extractor.extract(this.httpResponse, this.httpResponse);
	}

	/**
	 * Decode the body. A JSON body of a record type, what every Victor answer is, is read
	 * straight from the buffered bytes by the same Victor codec the client's decoder
	 * uses, without wrapping them in a data buffer and looking up a reader; anything else
	 * goes through the response's codecs.
	 */
	@Override
	public <T> Mono<T> bodyToMono(Class<? extends T> elementClass) {
		if (this.body.length > 0 && elementClass.isRecord() && isJson(headers().contentType().orElse(null))) {
			return Mono.fromCallable(() -> this.json.read(this.body, elementClass));
		}
		return body(BodyExtractors.toMono(elementClass));
	}

	/**
	 * A JSON content type in a Unicode encoding, which Jackson detects from the bytes
	 * (another charset is transcoded by the codecs' decoder).
	 */
	private static boolean isJson(@Nullable MediaType contentType) {
		if (contentType == null || !(MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
				|| contentType.getSubtype().endsWith("+json"))) {
			return false;
		}
		Charset charset = contentType.getCharset();
		return charset == null || charset.name().startsWith("UTF-");
	}

	@Override
	public <T> Mono<T> bodyToMono(ParameterizedTypeReference<T> elementTypeRef) {
		return body(BodyExtractors.toMono(elementTypeRef));
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> Flux<T> bodyToFlux(Class<? extends T> elementClass) {
		return DataBuffer.class.equals(elementClass) ? (Flux<T>) this.httpResponse.getBody()
				: body(BodyExtractors.toFlux(elementClass));
	}

	@Override
	public <T> Flux<T> bodyToFlux(ParameterizedTypeReference<T> elementTypeRef) {
		return body(BodyExtractors.toFlux(elementTypeRef));
	}

	@Override
	public Mono<Void> releaseBody() {
		return Mono.empty();
	}

	@Override
	public Mono<ResponseEntity<Void>> toBodilessEntity() {
		return Mono.fromSupplier(() -> entity(null));
	}

	@Override
	public <T> Mono<ResponseEntity<T>> toEntity(Class<T> bodyType) {
		return bodyToMono(bodyType).map(this::entity).switchIfEmpty(Mono.fromSupplier(() -> entity(null)));
	}

	@Override
	public <T> Mono<ResponseEntity<T>> toEntity(ParameterizedTypeReference<T> bodyTypeReference) {
		return bodyToMono(bodyTypeReference).map(this::entity).switchIfEmpty(Mono.fromSupplier(() -> entity(null)));
	}

	@Override
	public <T> Mono<ResponseEntity<List<T>>> toEntityList(Class<T> elementClass) {
		return bodyToFlux(elementClass).collectList().map(this::entity);
	}

	@Override
	public <T> Mono<ResponseEntity<List<T>>> toEntityList(ParameterizedTypeReference<T> elementTypeRef) {
		return bodyToFlux(elementTypeRef).collectList().map(this::entity);
	}

	@Override
	public Mono<WebClientResponseException> createException() {
		return Mono.fromSupplier(() -> {
			HttpStatusCode status = statusCode();
			String reason = (status instanceof HttpStatus known) ? known.getReasonPhrase() : "";
			Charset charset = headers().contentType().map(MediaType::getCharset).orElse(null);
			return WebClientResponseException.create(status, reason, headers().asHttpHeaders(), this.body, charset,
					request());
		});
	}

	@Override
	public <T> Mono<T> createError() {
		return createException().flatMap(Mono::error);
	}

	@Override
	public ClientResponse.Builder mutate() {
		return ClientResponse.create(statusCode(), strategies())
			// Per name: HttpHeaders.addAll(HttpHeaders) exists only on Framework 7.
			.headers((headers) -> headers().asHttpHeaders().forEach(headers::addAll))
			.cookies((cookies) -> cookies.addAll(cookies()))
			.request(request())
			.body(this.httpResponse.getBody());
	}

	private <T> ResponseEntity<T> entity(@Nullable T entityBody) {
		// The builder, not a constructor: its signatures are the same on Framework 6.2
		// and 7.
		return ResponseEntity.status(statusCode()).headers(headers().asHttpHeaders()).body(entityBody);
	}

	/**
	 * The original status, headers and cookies with the buffered body, and the response's
	 * codecs to read it with, as body extractors need them.
	 */
	private final class BufferedHttpResponse implements ClientHttpResponse, BodyExtractor.Context {

		@Override
		public HttpStatusCode getStatusCode() {
			return statusCode();
		}

		@Override
		public MultiValueMap<String, ResponseCookie> getCookies() {
			return cookies();
		}

		@Override
		public HttpHeaders getHeaders() {
			return headers().asHttpHeaders();
		}

		@Override
		public Flux<DataBuffer> getBody() {
			byte[] bytes = BufferedClientResponse.this.body;
			return (bytes.length == 0) ? Flux.empty()
					: Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes)));
		}

		@Override
		public List<HttpMessageReader<?>> messageReaders() {
			return strategies().messageReaders();
		}

		@Override
		public Optional<ServerHttpResponse> serverResponse() {
			return Optional.empty();
		}

		@Override
		public Map<String, Object> hints() {
			return Map.of(Hints.LOG_PREFIX_HINT, logPrefix());
		}

	}

}

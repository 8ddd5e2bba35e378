package dev.victor.client.http;

import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.victor.client.error.VictorErrorBody;
import dev.victor.client.error.VictorExceptions;
import dev.victor.client.error.VictorResponseContext;
import dev.victor.client.error.VictorTransportException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * Turns every outcome of one Victor exchange into something the layers above can act on:
 * <ul>
 * <li>the response body is read completely here (bounded by the codec limit), so it is
 * released on every path and a connection dropped mid-body fails inside the filter chain,
 * where it can be retried;</li>
 * <li>an error status becomes the typed {@link VictorExceptions#forStatus exception} with
 * the operation, idempotency key, parsed body and {@code Retry-After};</li>
 * <li>a transport failure becomes a {@link VictorTransportException} that says whether the
 * request may have been sent.</li>
 * </ul>
 * Successful responses are passed on with their buffered body.
 *
 * @since 0.1.0
 */
public final class ErrorTranslationFilter implements ExchangeFilterFunction {

	private static final byte[] EMPTY = new byte[0];

	private final ObjectMapper objectMapper;

	private final Clock clock;

	/**
	 * Create a filter.
	 * @param objectMapper reads error bodies
	 * @param clock measures HTTP-date {@code Retry-After} values
	 */
	public ErrorTranslationFilter(ObjectMapper objectMapper, Clock clock) {
		this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper must not be null");
		this.clock = Objects.requireNonNull(clock, "clock must not be null");
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return next.exchange(request)
			.onErrorMap(WebClientRequestException.class,
					(ex) -> transportFailure(request, ex.getCause(), TransportFailures.mayHaveBeenSent(ex)))
			.flatMap((response) -> readBody(request, response).flatMap((body) -> response.statusCode().isError()
					? Mono.error(VictorExceptions.forStatus(context(request, response, body)))
					: Mono.just(withBody(response, body))));
	}

	private Mono<byte[]> readBody(ClientRequest request, ClientResponse response) {
		return response.bodyToMono(byte[].class)
			.defaultIfEmpty(EMPTY)
			.onErrorResume(DataBufferLimitException.class,
					(ex) -> response.statusCode().isError() ? Mono.just(EMPTY) : Mono.error(ex))
			.onErrorMap((ex) -> !(ex instanceof DataBufferLimitException), (ex) -> transportFailure(request, ex, true));
	}

	private VictorResponseContext context(ClientRequest request, ClientResponse response, byte[] body) {
		String reason = (response.statusCode() instanceof HttpStatus status)
				? status.getReasonPhrase() : "";
		// the exception keeps at most the bounded raw length; parsing sees the whole body
		byte[] kept = (body.length > VictorErrorBody.MAX_RAW_LENGTH)
				? Arrays.copyOf(body, VictorErrorBody.MAX_RAW_LENGTH) : body;
		return new VictorResponseContext(VictorRequestAttributes.operation(request),
				VictorRequestAttributes.idempotencyKey(request), request.method(), request.url(), response.statusCode(),
				reason, response.headers().asHttpHeaders(), kept, VictorErrorBody.parse(body, this.objectMapper),
				RetryAfter.parse(response.headers().asHttpHeaders().getFirst("Retry-After"), this.clock));
	}

	private static VictorTransportException transportFailure(ClientRequest request, Throwable cause,
			boolean mayHaveBeenSent) {
		return new VictorTransportException(cause, request.method(), request.url(),
				VictorRequestAttributes.operation(request), VictorRequestAttributes.idempotencyKey(request),
				mayHaveBeenSent);
	}

	private static ClientResponse withBody(ClientResponse response, byte[] body) {
		Flux<DataBuffer> buffered = Flux
			.defer(() -> (body.length == 0) ? Flux.empty() : Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)));
		return ClientResponse.create(response.statusCode(), response.strategies())
			.headers((headers) -> headers.addAll(response.headers().asHttpHeaders()))
			.cookies((cookies) -> cookies.addAll(response.cookies()))
			.request(response.request())
			.body(buffered)
			.build();
	}

}

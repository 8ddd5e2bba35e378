package dev.victor.client.http;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import dev.victor.client.call.VictorCall;
import dev.victor.client.error.VictorErrorBody;
import dev.victor.client.error.VictorExceptions;
import dev.victor.client.error.VictorRedirectException;
import dev.victor.client.error.VictorResponseContext;
import dev.victor.client.error.VictorTransportException;
import dev.victor.client.error.VictorUnreadableResponseException;
import dev.victor.client.json.VictorJsonCodec;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.BodyExtractors;
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
 * <li>a transport failure becomes a {@link VictorTransportException} that says whether
 * the request may have been sent.</li>
 * </ul>
 * Successful responses are passed on as a {@link BufferedClientResponse} over the bytes
 * read.
 *
 * @since 0.1.0
 */
public final class ErrorTranslationFilter implements ExchangeFilterFunction {

	private static final byte[] EMPTY = new byte[0];

	/**
	 * A transport failure not typed yet (a typed one, say a token wait, already says
	 * whether it was sent).
	 */
	private static final Predicate<Throwable> IS_REQUEST_FAILURE = (ex) -> ex instanceof WebClientRequestException
			&& !(ex instanceof VictorTransportException);

	/** Spring's default limit of a body read into memory. */
	private static final int DEFAULT_MAX_IN_MEMORY_SIZE = 256 * 1024;

	private final VictorJsonCodec json;

	private final Clock clock;

	private final int maxInMemorySize;

	private final Duration deadline;

	/**
	 * Create a filter that reads bodies of up to 256 KB.
	 * @param json reads error bodies
	 * @param clock measures HTTP-date {@code Retry-After} values
	 */
	public ErrorTranslationFilter(VictorJsonCodec json, Clock clock) {
		this(json, clock, DEFAULT_MAX_IN_MEMORY_SIZE);
	}

	/**
	 * Create a filter with the default deadline of {@link VictorHttpSettings#defaults()}.
	 * @param json reads error bodies
	 * @param clock measures HTTP-date {@code Retry-After} values
	 * @param maxInMemorySize the largest body read, in bytes; a larger success body fails
	 * the call, a larger error body is dropped from the exception
	 */
	public ErrorTranslationFilter(VictorJsonCodec json, Clock clock, int maxInMemorySize) {
		this(json, clock, maxInMemorySize, VictorHttpSettings.defaults().deadline());
	}

	/**
	 * Create a filter.
	 * @param json reads error bodies
	 * @param clock measures HTTP-date {@code Retry-After} values
	 * @param maxInMemorySize the largest body read, in bytes; a larger success body fails
	 * the call, a larger error body is dropped from the exception
	 */
	public ErrorTranslationFilter(VictorJsonCodec json, Clock clock, int maxInMemorySize, Duration deadline) {
		this.json = Objects.requireNonNull(json, "json must not be null");
		this.clock = Objects.requireNonNull(clock, "clock must not be null");
		this.maxInMemorySize = maxInMemorySize;
		this.deadline = Objects.requireNonNull(deadline, "deadline must not be null");
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		Duration deadline = deadline(request);
		Mono<ClientResponse> attempt = next.exchange(request)
			.onErrorMap(IS_REQUEST_FAILURE,
					(ex) -> transportFailure(request, Objects.requireNonNullElse(ex.getCause(), ex),
							TransportFailures.mayHaveBeenSent((WebClientRequestException) ex)))
			.flatMap((response) -> BodyRead.of(response.body(BodyExtractors.toDataBuffers()), this.maxInMemorySize,
					(body) -> complete(request, response, body), (ex) -> transportFailure(request, ex, true)));
		return AttemptDeadline.of(attempt, deadline,
				(progress) -> pastDeadline(request, deadline, progress.mayHaveBeenSent()));
	}

	private Duration deadline(ClientRequest request) {
		Duration own = VictorCall.of(request).deadline();
		return (own != null) ? own : this.deadline;
	}

	/**
	 * The attempt took longer than its deadline, however the server trickled. Once the
	 * request went to the connection, Victor may have acted: outcome unknown; while it
	 * still waited for its token, nothing was sent. Cancelling the exchange closes the
	 * connection rather than returning a half-read one to the pool.
	 */
	private VictorTransportException pastDeadline(ClientRequest request, Duration deadline, boolean mayHaveBeenSent) {
		return transportFailure(request,
				new TimeoutException("No complete answer within the deadline of " + deadline.toMillis() + "ms"),
				mayHaveBeenSent);
	}

	/**
	 * Return a success over its buffered body, or throw the typed exception of an error
	 * status (without the body if it was over the limit), a redirect or an overflow.
	 */
	private ClientResponse complete(ClientRequest request, ClientResponse response, BodyBytes body) {
		if (response.statusCode().isError()) {
			byte[] bytes = body.overflowed() ? EMPTY : body.toByteArray();
			throw VictorExceptions.forStatus(context(request, response, bytes));
		}
		if (response.statusCode().is3xxRedirection()) {
			throw new VictorRedirectException(context(request, response, body.toByteArray()));
		}
		if (body.overflowed()) {
			throw new VictorUnreadableResponseException(context(request, response, EMPTY),
					"its body is larger than max-in-memory-size (" + this.maxInMemorySize + " bytes)");
		}
		return new BufferedClientResponse(response, body.toByteArray(), this.json);
	}

	private VictorResponseContext context(ClientRequest request, ClientResponse response, byte[] body) {
		String reason = (response.statusCode() instanceof HttpStatus status) ? status.getReasonPhrase() : "";
		// the exception keeps at most the bounded raw length; parsing sees the whole body
		byte[] kept = (body.length > VictorErrorBody.MAX_RAW_LENGTH)
				? Arrays.copyOf(body, VictorErrorBody.MAX_RAW_LENGTH) : body;
		VictorCall call = VictorCall.of(request);
		return new VictorResponseContext(call.operation(), call.idempotencyKey(), request.method(), request.url(),
				response.statusCode(), reason, response.headers().asHttpHeaders(), kept,
				VictorErrorBody.parse(body, this.json::readTree),
				RetryAfter.parse(response.headers().asHttpHeaders().getFirst("Retry-After"), this.clock),
				call.clientReference());
	}

	private static VictorTransportException transportFailure(ClientRequest request, Throwable cause,
			boolean mayHaveBeenSent) {
		VictorCall call = VictorCall.of(request);
		return new VictorTransportException(cause, request.method(), request.url(), call.operation(),
				call.idempotencyKey(), mayHaveBeenSent, call.clientReference());
	}

}

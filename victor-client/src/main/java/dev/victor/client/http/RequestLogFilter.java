package dev.victor.client.http;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import dev.victor.client.call.PathTemplates;
import dev.victor.client.call.VictorCall;
import dev.victor.client.error.VictorApiException;
import dev.victor.client.error.VictorCallFailure;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.client.reactive.ClientHttpRequestDecorator;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * The request log, logger {@value #LOGGER_NAME}. At DEBUG, one line per attempt:
 * operation, method, URI template, attempt number, status or failure, duration and
 * idempotency key. At TRACE also the request and response bodies, with names, account and
 * routing numbers and every secret masked ({@link SensitiveJson}); headers, and with them
 * the token, are never logged. Below DEBUG the filter costs nothing.
 *
 * @since 0.2.0
 */
public final class RequestLogFilter implements ExchangeFilterFunction {

	/** The logger's name. */
	public static final String LOGGER_NAME = "dev.victor.client";

	private static final Log logger = LogFactory.getLog(LOGGER_NAME);

	/**
	 * Tell whether the request log writes anything (its logger is at DEBUG or finer).
	 * @return whether attempts are logged
	 */
	static boolean isEnabled() {
		return logger.isDebugEnabled();
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		if (!logger.isDebugEnabled()) {
			return next.exchange(request);
		}
		return Mono.deferContextual((context) -> {
			long started = System.nanoTime();
			VictorCall call = VictorCall.of(request);
			String attempt = describe(request, call, RetryFilter.attemptOf(context));
			ClientRequest sent = logger.isTraceEnabled() ? withBodyTrace(request, attempt) : request;
			return next.exchange(sent).doOnNext((response) -> {
				logger.debug(attempt + " -> " + response.statusCode().value() + " in " + millis(started) + " ms"
						+ key(call));
				if (logger.isTraceEnabled() && response instanceof BufferedClientResponse buffered) {
					logger.trace(attempt + " response body: " + SensitiveJson.mask(buffered.bodyText()));
				}
			})
				.doOnError((failure) -> logger
					.debug(attempt + " -> " + outcome(failure) + " in " + millis(started) + " ms" + key(call)));
		});
	}

	private static String describe(ClientRequest request, VictorCall call, long attempt) {
		String path = PathTemplates.of(request).orElse(request.url().getPath());
		return "Victor " + call.operation() + " " + request.method().name() + " " + path + " attempt " + attempt;
	}

	private static String key(VictorCall call) {
		String key = call.idempotencyKey();
		return (key != null) ? ", idempotency key " + key : "";
	}

	private static String outcome(Throwable failure) {
		String type = failure.getClass().getSimpleName();
		if (failure instanceof VictorApiException api) {
			return api.getStatusCode().value() + " " + type;
		}
		if (failure instanceof VictorCallFailure call && call.isOutcomeUnknown()) {
			return type + " (outcome unknown)";
		}
		return type;
	}

	private static long millis(long started) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
	}

	/**
	 * The request, with its body written to the TRACE log (masked) as it goes out.
	 */
	private static ClientRequest withBodyTrace(ClientRequest request, String attempt) {
		return ClientRequest.from(request)
			.body((message, context) -> request.body().insert(new ClientHttpRequestDecorator(message) {

				@Override
				public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
					return DataBufferUtils.join(body).flatMap((joined) -> {
						logger.trace(attempt + " request body: " + SensitiveJson.mask(joined
							.toString(joined.readPosition(), joined.readableByteCount(), StandardCharsets.UTF_8)));
						return super.writeWith(Mono.just(joined));
					});
				}

			}, context))
			.build();
	}

}

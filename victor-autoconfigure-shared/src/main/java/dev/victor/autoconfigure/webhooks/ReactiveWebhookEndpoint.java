package dev.victor.autoconfigure.webhooks;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The webhook endpoint of a WebFlux application: a {@link WebFilter} ordered ahead of
 * Spring Security's, so the endpoint needs no CSRF token or login whatever the
 * application's security rules (it authenticates deliveries itself), while every other
 * request passes on untouched. The body is read up to the size bound, and the store is
 * written on the publisher's threads, never the event loop.
 */
final class ReactiveWebhookEndpoint implements WebFilter, Ordered {

	/**
	 * Ahead of Spring Security's filter chain (order -100), behind the observation of the
	 * request.
	 */
	static final int ORDER = -110;

	private final String path;

	private final VictorWebhookReceiver receiver;

	private final Scheduler blockingWork;

	ReactiveWebhookEndpoint(String path, VictorWebhookReceiver receiver, Scheduler blockingWork) {
		this.path = path;
		this.receiver = receiver;
		this.blockingWork = blockingWork;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (!this.path.equals(request.getPath().pathWithinApplication().value())) {
			return chain.filter(exchange);
		}
		ServerRequestObservationContext.findCurrent(exchange.getAttributes())
			.ifPresent((observation) -> observation.setPathPattern(this.path));
		if (request.getMethod() != HttpMethod.POST) {
			return answer(exchange.getResponse(), HttpStatus.METHOD_NOT_ALLOWED.value());
		}
		if (!this.receiver.authenticates(request.getQueryParams().getFirst("token"))) {
			return answer(exchange.getResponse(),
					this.receiver.count(WebhookOutcome.REJECTED_UNAUTHENTICATED).httpStatus());
		}
		return DataBufferUtils.join(request.getBody(), this.receiver.maxPayloadBytes()).map((buffer) -> {
			byte[] body = new byte[buffer.readableByteCount()];
			buffer.read(body);
			DataBufferUtils.release(buffer);
			return body;
		})
			.defaultIfEmpty(new byte[0])
			.publishOn(this.blockingWork)
			.map(this.receiver::receive)
			.onErrorResume(DataBufferLimitException.class,
					(tooLarge) -> Mono.just(this.receiver.count(WebhookOutcome.REJECTED_TOO_LARGE)))
			.flatMap((outcome) -> answer(exchange.getResponse(), outcome.httpStatus()));
	}

	private static Mono<Void> answer(ServerHttpResponse response, int status) {
		response.setRawStatusCode(status);
		return response.setComplete();
	}

}

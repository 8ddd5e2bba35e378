package dev.victor.autoconfigure.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The webhook endpoint of a Spring MVC (servlet) application: a filter ordered ahead of
 * Spring Security's, so the endpoint needs no CSRF token or login whatever the
 * application's security rules (it authenticates deliveries itself), while every other
 * request passes on untouched. The token is read from the query string only, never from a
 * form body, and the body is read up to the size bound.
 */
final class ServletWebhookEndpoint extends OncePerRequestFilter implements Ordered {

	private final String path;

	private final VictorWebhookReceiver receiver;

	ServletWebhookEndpoint(String path, VictorWebhookReceiver receiver) {
		this.path = path;
		this.receiver = receiver;
	}

	@Override
	public int getOrder() {
		return ReactiveWebhookEndpoint.ORDER;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.path.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ServerHttpObservationFilter.findObservationContext(request)
			.ifPresent((observation) -> observation.setPathPattern(this.path));
		if (!HttpMethod.POST.matches(request.getMethod())) {
			response.setStatus(HttpStatus.METHOD_NOT_ALLOWED.value());
			return;
		}
		if (!this.receiver.authenticates(token(request))) {
			response.setStatus(this.receiver.count(WebhookOutcome.REJECTED_UNAUTHENTICATED).httpStatus());
			return;
		}
		byte[] body = readAtMost(request.getInputStream(), this.receiver.maxPayloadBytes());
		WebhookOutcome outcome = (body != null) ? this.receiver.receive(body)
				: this.receiver.count(WebhookOutcome.REJECTED_TOO_LARGE);
		response.setStatus(outcome.httpStatus());
	}

	private static @Nullable String token(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null) {
			return null;
		}
		String token = UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst("token");
		return (token != null) ? UriUtils.decode(token, StandardCharsets.UTF_8) : null;
	}

	/**
	 * Read the body, or return {@code null} as soon as it proves longer than the bound.
	 */
	private static byte @Nullable [] readAtMost(InputStream in, int max) throws IOException {
		byte[] body = in.readNBytes(max + 1);
		return (body.length > max) ? null : body;
	}

}

package dev.victor.client.observation;

import io.micrometer.observation.transport.RequestReplySenderContext;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;

/**
 * What an observation of one Victor HTTP exchange (one attempt) knows: the request, the
 * environment, and the status of the answer once there is one. A failure is the
 * observation's {@linkplain #getError() error}. It is a sender context: a tracing handler
 * writes its propagation headers ({@code traceparent}, {@code b3}...) into the
 * {@linkplain #getCarrier() carrier}, and the attempt is sent with them; an attempt no
 * handler writes to is sent as it is, without a copy.
 *
 * @since 0.1.0
 */
public class VictorClientObservationContext extends RequestReplySenderContext<HttpHeaders, ClientResponse> {

	private final ClientRequest request;

	private final String environment;

	private @Nullable Integer statusCode;

	private boolean cancelled;

	private @Nullable HttpHeaders propagated;

	/**
	 * Create a context.
	 * @param request the request of this attempt
	 * @param environment the environment tag value, for example {@code staging}
	 */
	public VictorClientObservationContext(ClientRequest request, String environment) {
		super((carrier, name, value) -> {
			if (carrier != null) {
				carrier.set(name, value);
			}
		});
		this.request = request;
		this.environment = environment;
	}

	/**
	 * Return the headers the observation handlers propagate, created when a handler first
	 * asks for them (only tracing handlers do): an attempt that is only timed makes none.
	 * @return the propagated headers
	 */
	@Override
	public HttpHeaders getCarrier() {
		HttpHeaders headers = this.propagated;
		if (headers == null) {
			headers = new HttpHeaders();
			this.propagated = headers;
		}
		return headers;
	}

	@Override
	public void setCarrier(HttpHeaders carrier) {
		this.propagated = carrier;
	}

	/**
	 * Return the request to send: this attempt's request with the headers the observation
	 * handlers propagated.
	 * @return the request to send
	 */
	public ClientRequest requestToSend() {
		HttpHeaders propagated = this.propagated;
		if (propagated == null || propagated.isEmpty()) {
			return this.request;
		}
		return ClientRequest.from(this.request)
			.headers((headers) -> propagated.forEach((name, values) -> headers.addAll(name, values)))
			.build();
	}

	public ClientRequest getRequest() {
		return this.request;
	}

	public String getEnvironment() {
		return this.environment;
	}

	/**
	 * Return the HTTP status Victor answered with.
	 * @return the status code, or {@code null} without a response
	 */
	public @Nullable Integer getStatusCode() {
		return this.statusCode;
	}

	public void setStatusCode(@Nullable Integer statusCode) {
		this.statusCode = statusCode;
	}

	/**
	 * Tell whether the caller cancelled the exchange before it completed.
	 * @return whether it was cancelled
	 */
	public boolean isCancelled() {
		return this.cancelled;
	}

	public void setCancelled(boolean cancelled) {
		this.cancelled = cancelled;
	}

}

package dev.victor.autoconfigure.metrics;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import dev.victor.client.call.VictorCall;
import dev.victor.client.error.VictorApiException;
import dev.victor.client.error.VictorTransportException;
import dev.victor.client.http.RetryFilter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.handler.timeout.ReadTimeoutException;

import org.springframework.web.reactive.function.client.ClientRequest;

/**
 * Counts retries as {@value #NAME}, tagged with the operation and a bounded reason:
 * {@code status_<code>}, {@code timeout}, {@code connect}, {@code reset} or {@code io}.
 *
 * @since 0.1.0
 */
public class VictorRetryMetrics implements RetryFilter.RetryListener {

	/** Name of the retry counter. */
	public static final String NAME = "victor.client.retries";

	private final MeterRegistry registry;

	/**
	 * Create a listener.
	 * @param registry where to count
	 */
	public VictorRetryMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void onRetry(ClientRequest request, Throwable failure, Duration delay) {
		Counter.builder(NAME)
			.description("Retries of Victor calls")
			.tag("operation", VictorCall.of(request).operation())
			.tag("reason", reason(failure))
			.register(this.registry)
			.increment();
	}

	static String reason(Throwable failure) {
		if (failure instanceof VictorApiException api) {
			return "status_" + api.getStatusCode().value();
		}
		if (failure instanceof VictorTransportException transport) {
			Throwable cause = transport.getCause();
			if (cause instanceof ReadTimeoutException || cause instanceof TimeoutException) {
				return "timeout";
			}
			if (!transport.isRequestSent()) {
				return (cause instanceof ConnectException) ? "connect" : "not_sent";
			}
			return "reset";
		}
		return "io";
	}

}

package dev.victor.client.observation;

import dev.victor.client.call.PathTemplates;
import dev.victor.client.call.VictorCall;
import dev.victor.client.error.VictorTransportException;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * The default naming of Victor exchanges: timer {@value #NAME} with the low-cardinality
 * tags {@code operation}, {@code method}, {@code uri} (the path template, never a raw
 * id), {@code status}, {@code outcome}, {@code exception} and {@code environment}; each
 * tag has a method of its own to override. The idempotency key, unbounded, is a
 * high-cardinality value: it reaches traces, never metrics.
 *
 * @since 0.1.0
 */
public class DefaultVictorClientObservationConvention implements VictorClientObservationConvention {

	/** Name of the timer of Victor exchanges. */
	public static final String NAME = "victor.client.requests";

	/** The shared default instance. */
	public static final DefaultVictorClientObservationConvention INSTANCE = new DefaultVictorClientObservationConvention();

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(VictorClientObservationContext context) {
		return "victor " + VictorCall.of(context.getRequest()).operation();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(VictorClientObservationContext context) {
		return KeyValues.of(operation(context), method(context), uri(context), status(context), outcome(context),
				exception(context), environment(context));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(VictorClientObservationContext context) {
		String key = VictorCall.of(context.getRequest()).idempotencyKey();
		return (key != null) ? KeyValues.of("victor.idempotency_key", key) : KeyValues.empty();
	}

	protected KeyValue operation(VictorClientObservationContext context) {
		return KeyValue.of("operation", VictorCall.of(context.getRequest()).operation());
	}

	protected KeyValue method(VictorClientObservationContext context) {
		return KeyValue.of("method", context.getRequest().method().name());
	}

	/**
	 * Return the URI template without its query, or {@code none} for a call made with an
	 * expanded URI: a raw path would put ids into the tag.
	 * @param context the context
	 * @return the {@code uri} tag
	 */
	protected KeyValue uri(VictorClientObservationContext context) {
		return KeyValue.of("uri", PathTemplates.of(context.getRequest()).orElse("none"));
	}

	protected KeyValue status(VictorClientObservationContext context) {
		if (context.isCancelled()) {
			return KeyValue.of("status", "CLIENT_CANCELLED");
		}
		Integer status = statusCode(context);
		return KeyValue.of("status", (status != null) ? String.valueOf(status) : "IO_ERROR");
	}

	protected KeyValue outcome(VictorClientObservationContext context) {
		Integer status = context.isCancelled() ? null : statusCode(context);
		String outcome = (status == null) ? "UNKNOWN" : (status >= 200 && status < 300) ? "SUCCESS"
				: (status >= 400 && status < 500) ? "CLIENT_ERROR" : (status >= 500) ? "SERVER_ERROR" : "UNKNOWN";
		return KeyValue.of("outcome", outcome);
	}

	protected KeyValue exception(VictorClientObservationContext context) {
		Throwable error = context.getError();
		return KeyValue.of("exception", (error != null) ? error.getClass().getSimpleName() : "none");
	}

	protected KeyValue environment(VictorClientObservationContext context) {
		return KeyValue.of("environment", context.getEnvironment());
	}

	private static @Nullable Integer statusCode(VictorClientObservationContext context) {
		if (context.getStatusCode() != null) {
			return context.getStatusCode();
		}
		if (context.getError() instanceof WebClientResponseException response
				&& !(context.getError() instanceof VictorTransportException)) {
			return response.getStatusCode().value();
		}
		return null;
	}

}

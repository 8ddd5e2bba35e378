package dev.victor.client.observation;

import java.util.Objects;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Observes every attempt of a Victor call: it sits inside the retry filter, so each retry
 * is a sample of its own, and outside error translation, so it sees Victor's status or
 * the transport failure. With a registry that has a meter handler this records the timer
 * {@value DefaultVictorClientObservationConvention#NAME}; with a tracing handler, a span.
 *
 * @since 0.1.0
 */
public final class ObservationFilter implements ExchangeFilterFunction {

	private static final Log logger = LogFactory.getLog(ObservationFilter.class);

	/**
	 * Reactor context key under which a Victor call keeps its caller's observation. The
	 * {@code WebClient} puts its own observation (a no-op one when its registry is off,
	 * as on the Victor client) under {@link ObservationThreadLocalAccessor#KEY}, which
	 * would otherwise hide the caller's from this filter.
	 */
	public static final String CALLER_OBSERVATION = ObservationFilter.class.getName() + ".caller";

	private final ObservationRegistry registry;

	private final @Nullable VictorClientObservationConvention convention;

	private final String environment;

	/**
	 * Create a filter.
	 * @param registry the registry to observe with
	 * @param convention a custom convention, or {@code null} for the default
	 * @param environment the environment tag value
	 */
	public ObservationFilter(ObservationRegistry registry, @Nullable VictorClientObservationConvention convention,
			String environment) {
		this.registry = Objects.requireNonNull(registry, "registry must not be null");
		this.convention = convention;
		this.environment = Objects.requireNonNull(environment, "environment must not be null");
	}

	/**
	 * Remember the caller's observation for the attempts of a call; applied by the client
	 * around each call, outside the {@code WebClient}.
	 * @param context the caller's Reactor context
	 * @return the context, with the caller's observation kept under
	 * {@link #CALLER_OBSERVATION}
	 */
	public static Context rememberCaller(Context context) {
		Observation caller = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
		return (caller != null && !caller.isNoop()) ? context.put(CALLER_OBSERVATION, caller) : context;
	}

	private @Nullable Observation parent(ContextView context) {
		Observation nearest = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
		if (nearest != null && !nearest.isNoop()) {
			return nearest;
		}
		Observation caller = context.getOrDefault(CALLER_OBSERVATION, null);
		return (caller != null) ? caller : this.registry.getCurrentObservation();
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		if (this.registry.isNoop()) {
			return next.exchange(request);
		}
		return Mono.deferContextual((reactorContext) -> {
			VictorClientObservationContext context = new VictorClientObservationContext(request, this.environment);
			Observation observation;
			try {
				observation = Observation
					.createNotStarted(this.convention, DefaultVictorClientObservationConvention.INSTANCE, () -> context,
							this.registry)
					.parentObservation(parent(reactorContext))
					.start();
			}
			catch (RuntimeException ex) {
				// a handler that cannot start costs the sample, never the call
				logger.warn("An observation handler failed to start the sample of a Victor call with "
						+ ex.getClass().getName() + "; the call goes on unobserved");
				return next.exchange(request);
			}
			return ObservedExchange.of(next.exchange(context.requestToSend()), observation, context);
		});
	}

}

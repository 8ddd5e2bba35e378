package dev.victor.client.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observations of Victor HTTP exchanges. Implement it, or extend
 * {@link DefaultVictorClientObservationConvention} to change a single tag, and register
 * it as a bean (or on the client builder).
 *
 * @since 0.1.0
 */
public interface VictorClientObservationConvention extends ObservationConvention<VictorClientObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof VictorClientObservationContext;
	}

}

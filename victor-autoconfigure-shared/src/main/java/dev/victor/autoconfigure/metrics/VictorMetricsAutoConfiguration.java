package dev.victor.autoconfigure.metrics;

import dev.victor.autoconfigure.VictorAutoConfiguration;
import dev.victor.autoconfigure.VictorBootLine;
import dev.victor.autoconfigure.VictorClientCustomizer;
import dev.victor.client.observation.VictorClientObservationConvention;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Metrics and observations of the Victor client: every HTTP exchange is observed
 * ({@code victor.client.requests}), retries and tokens are counted, and the connection
 * pool is published as gauges. Uses the application's {@link ObservationRegistry} when
 * there is one (Spring Boot Actuator defines it, with meters and tracing), otherwise
 * records straight into its {@link MeterRegistry}. Off with
 * {@code victor.metrics.enabled=false}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = VictorAutoConfiguration.class,
		afterName = { VictorBootLine.METER_REGISTRY_AUTO_CONFIGURATION, VictorBootLine.OBSERVATION_AUTO_CONFIGURATION })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnProperty(name = "victor.metrics.enabled", havingValue = "true", matchIfMissing = true)
public class VictorMetricsAutoConfiguration {

	@Bean
	VictorClientCustomizer victorMetricsCustomizer(ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<MeterRegistry> meterRegistry, ObjectProvider<VictorClientObservationConvention> convention) {
		return (builder) -> {
			MeterRegistry meters = meterRegistry.getIfUnique();
			ObservationRegistry observations = observationRegistry.getIfUnique(() -> meterOnly(meters));
			builder.observationRegistry(observations).observationConvention(convention.getIfUnique());
			if (meters != null) {
				builder.retryListener(new VictorRetryMetrics(meters)).tokenListener(new VictorTokenMetrics(meters));
			}
		};
	}

	@Bean
	@ConditionalOnBean(MeterRegistry.class)
	VictorConnectionPoolMetrics victorConnectionPoolMetrics(MeterRegistry meterRegistry) {
		return new VictorConnectionPoolMetrics(meterRegistry);
	}

	private static ObservationRegistry meterOnly(@Nullable MeterRegistry meters) {
		if (meters == null) {
			return ObservationRegistry.NOOP;
		}
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		return registry;
	}

}

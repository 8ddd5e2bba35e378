package dev.victor.autoconfigure.actuate;

import java.time.Clock;

import dev.victor.autoconfigure.VictorAutoConfiguration;
import dev.victor.autoconfigure.VictorClientCustomizer;
import dev.victor.autoconfigure.VictorProperties;

import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * With Spring Boot Actuator on the class path: a {@code victor} health indicator and a
 * {@code victor} info contributor.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = VictorAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
public class VictorActuatorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	VictorAuthenticationHealth victorAuthenticationHealth() {
		return new VictorAuthenticationHealth(Clock.systemUTC());
	}

	@Bean
	VictorClientCustomizer victorHealthCustomizer(VictorAuthenticationHealth authenticationHealth) {
		return (builder) -> builder.tokenListener(authenticationHealth);
	}

	@Bean
	@ConditionalOnMissingBean(name = "victorHealthIndicator")
	@ConditionalOnBean(VictorProperties.class)
	VictorHealthIndicator victorHealthIndicator(VictorAuthenticationHealth authenticationHealth,
			VictorProperties properties) {
		return new VictorHealthIndicator(authenticationHealth, properties);
	}

	@Bean
	@ConditionalOnMissingBean(name = "victorInfoContributor")
	@ConditionalOnBean(VictorProperties.class)
	VictorInfoContributor victorInfoContributor(VictorProperties properties) {
		return new VictorInfoContributor(properties);
	}

}

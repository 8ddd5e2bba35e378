package dev.victor.autoconfigure.actuate;

import java.time.Clock;

import dev.victor.autoconfigure.VictorAutoConfiguration;
import dev.victor.autoconfigure.VictorBootLine;
import dev.victor.autoconfigure.VictorClientCustomizer;
import dev.victor.autoconfigure.VictorProperties;

import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With Spring Boot Actuator on the class path: a {@code victor} health indicator (where
 * the line's health API is present) and a {@code victor} info contributor.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = VictorAutoConfiguration.class)
@ConditionalOnBean(VictorProperties.class)
public class VictorActuatorAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = VictorBootLine.HEALTH_INDICATOR)
	static class HealthConfiguration {

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
		VictorHealthIndicator victorHealthIndicator(VictorAuthenticationHealth authenticationHealth,
				VictorProperties properties) {
			return new VictorHealthIndicator(new VictorHealthDetails(authenticationHealth, properties));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(InfoContributor.class)
	static class InfoConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "victorInfoContributor")
		VictorInfoContributor victorInfoContributor(VictorProperties properties) {
			return new VictorInfoContributor(properties);
		}

	}

}

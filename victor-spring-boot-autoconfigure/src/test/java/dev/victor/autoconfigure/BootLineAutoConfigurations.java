package dev.victor.autoconfigure;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Boot 4.x's own auto-configurations and types that the shared auto-configuration tests
 * run Victor's beside: the one test class that differs between the lines.
 */
public final class BootLineAutoConfigurations {

	private BootLineAutoConfigurations() {
	}

	/**
	 * @return Boot's WebClient auto-configuration
	 */
	public static AutoConfigurations webClient() {
		return AutoConfigurations.of(WebClientAutoConfiguration.class);
	}

	/**
	 * @return Boot's Jackson, codecs and WebClient auto-configurations
	 */
	public static AutoConfigurations jacksonCodecsAndWebClient() {
		return AutoConfigurations.of(JacksonAutoConfiguration.class, CodecsAutoConfiguration.class,
				WebClientAutoConfiguration.class);
	}

	/**
	 * @return the property that makes this line's application mapper write dates as
	 * numbers
	 */
	public static String writeDatesAsTimestamps() {
		return "spring.jackson.datatype.datetime.write-dates-as-timestamps=true";
	}

	/**
	 * @return Boot's metrics (simple registry) and observation auto-configurations
	 */
	public static AutoConfigurations metrics() {
		return AutoConfigurations.of(MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
				CompositeMeterRegistryAutoConfiguration.class, ObservationAutoConfiguration.class);
	}

	/**
	 * @return Boot's WebClient auto-configuration with its HTTP client observations
	 */
	public static AutoConfigurations observedWebClient() {
		return AutoConfigurations.of(WebClientAutoConfiguration.class, WebClientObservationAutoConfiguration.class);
	}

	/**
	 * @return Boot's security and user-details auto-configurations
	 */
	public static AutoConfigurations security() {
		return AutoConfigurations.of(SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class);
	}

	/**
	 * @return this line's health indicator type, to filter out of a class loader
	 */
	public static Class<?> healthIndicatorType() {
		return HealthIndicator.class;
	}

	/**
	 * Write a value with the application's own Jackson mapper bean.
	 * @param context the application context
	 * @param value the value
	 * @return the JSON
	 */
	public static String writeWithApplicationMapper(ApplicationContext context, Object value) {
		return context.getBean(JsonMapper.class).writeValueAsString(value);
	}

	/**
	 * An application's {@code WebClientCustomizer} adding {@code X-App: shop}.
	 */
	@Configuration(proxyBeanMethods = false)
	public static class AppWebClientCustomizer {

		@Bean
		WebClientCustomizer appHeader() {
			return (builder) -> builder.defaultHeader("X-App", "shop");
		}

	}

}

package dev.victor.autoconfigure;

/**
 * What differs between the Spring Boot lines for the shared auto-configuration: the names
 * of Boot classes that moved (the jar's line itself is declared in
 * {@value VictorBootLineCheck#LINE_RESOURCE}). This copy is the Spring Boot 4.x line's.
 *
 * @since 0.1.0
 */
public final class VictorBootLine {

	/** Boot's WebClient auto-configuration, which Victor's follows to get its builder. */
	public static final String WEB_CLIENT_AUTO_CONFIGURATION = "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration";

	/** Boot's meter registry auto-configuration, which Victor's metrics follow. */
	public static final String METER_REGISTRY_AUTO_CONFIGURATION = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration";

	/** Boot's observation auto-configuration, which Victor's metrics follow. */
	public static final String OBSERVATION_AUTO_CONFIGURATION = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration";

	/**
	 * Boot's health indicator type, whose presence enables the {@code victor} health
	 * component.
	 */
	public static final String HEALTH_INDICATOR = "org.springframework.boot.health.contributor.HealthIndicator";

	private VictorBootLine() {
	}

}

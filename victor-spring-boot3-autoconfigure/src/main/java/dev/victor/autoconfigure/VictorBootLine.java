package dev.victor.autoconfigure;

/**
 * What differs between the Spring Boot lines for the shared auto-configuration: the names
 * of Boot classes that moved, and which starter this jar belongs to. This copy is the
 * Spring Boot 3.5.x line's.
 *
 * @since 0.1.0
 */
public final class VictorBootLine {

	/** Major version of Spring Boot this jar is built for. */
	public static final int BOOT_MAJOR = 3;

	/** Boot versions this jar supports, for failure reports. */
	public static final String BOOT_VERSIONS = "3.5.x";

	/** This line's auto-configuration artifact. */
	public static final String AUTOCONFIGURE_ARTIFACT = "victor-spring-boot3-autoconfigure";

	/** This line's starter. */
	public static final String STARTER = "victor-spring-boot3-starter";

	/** The other line's starter. */
	public static final String OTHER_STARTER = "victor-spring-boot-starter";

	/** Boot's WebClient auto-configuration, which Victor's follows to get its builder. */
	public static final String WEB_CLIENT_AUTO_CONFIGURATION = "org.springframework.boot.autoconfigure.web.reactive.function.client.WebClientAutoConfiguration";

	/** Boot's meter registry auto-configuration, which Victor's metrics follow. */
	public static final String METER_REGISTRY_AUTO_CONFIGURATION = "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration";

	/** Boot's observation auto-configuration, which Victor's metrics follow. */
	public static final String OBSERVATION_AUTO_CONFIGURATION = "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration";

	/** Boot's health indicator type, whose presence enables the {@code victor} health component. */
	public static final String HEALTH_INDICATOR = "org.springframework.boot.actuate.health.HealthIndicator";

	private VictorBootLine() {
	}

}

package dev.victor.autoconfigure.actuate;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The {@code victor} health component on Spring Boot 3.5.x: reports
 * {@link VictorHealthDetails} through this line's health API.
 *
 * @since 0.1.0
 */
public class VictorHealthIndicator extends AbstractHealthIndicator {

	private final VictorHealthDetails details;

	/**
	 * Create an indicator.
	 * @param details what the client's calls showed of its health
	 */
	public VictorHealthIndicator(VictorHealthDetails details) {
		super("Victor health check failed");
		this.details = details;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		(this.details.isUp() ? builder.up() : builder.down()).withDetails(this.details.details());
	}

}

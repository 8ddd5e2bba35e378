package dev.victor.autoconfigure.actuate;

import dev.victor.autoconfigure.VictorProperties;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Health of the Victor client, from what its calls already showed: never a call to Victor
 * per probe. UP while tokens are obtained and accepted (the key was loaded and checked at
 * startup); DOWN, with the reason, after {@value #DOWN_AFTER} token problems in a row
 * (failed fetches or signatures, tokens Victor rejected with 401).
 *
 * @since 0.1.0
 */
public class VictorHealthIndicator extends AbstractHealthIndicator {

	/** Consecutive token problems that turn the indicator DOWN. */
	public static final int DOWN_AFTER = 3;

	private final VictorAuthenticationHealth authentication;

	private final VictorProperties properties;

	/**
	 * Create an indicator.
	 * @param authentication the tracked authentication state
	 * @param properties the Victor properties
	 */
	public VictorHealthIndicator(VictorAuthenticationHealth authentication, VictorProperties properties) {
		super("Victor health check failed");
		this.authentication = authentication;
		this.properties = properties;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		int problems = this.authentication.getConsecutiveProblems();
		builder.withDetail("environment", this.properties.getEnvironment().tagValue())
			.withDetail("authMode", this.properties.getAuth().getMode().name().toLowerCase())
			.withDetail("lastTokenIssuedAt", String.valueOf(this.authentication.getLastTokenIssuedAt()));
		if (problems >= DOWN_AFTER) {
			builder.down()
				.withDetail("consecutiveAuthenticationProblems", problems)
				.withDetail("reason", this.authentication.getLastProblem());
		}
		else {
			builder.up();
		}
	}

}

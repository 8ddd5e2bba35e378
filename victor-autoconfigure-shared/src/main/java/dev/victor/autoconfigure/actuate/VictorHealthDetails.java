package dev.victor.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.victor.autoconfigure.VictorProperties;

/**
 * Health of the Victor client, from what its calls already showed: never a call to Victor
 * per probe. UP while tokens are obtained and accepted (the key was loaded and checked at
 * startup); DOWN, with the reason, after {@value #DOWN_AFTER} token problems in a row
 * (failed fetches or signatures, tokens Victor rejected with 401). Each Boot line's
 * {@link VictorHealthIndicator} reports it through that line's health API.
 *
 * @since 0.1.0
 */
public class VictorHealthDetails {

	/** Consecutive token problems that turn the indicator DOWN. */
	public static final int DOWN_AFTER = 3;

	private final VictorAuthenticationHealth authentication;

	private final VictorProperties properties;

	/**
	 * Create the health details.
	 * @param authentication the tracked authentication state
	 * @param properties the Victor properties
	 */
	public VictorHealthDetails(VictorAuthenticationHealth authentication, VictorProperties properties) {
		this.authentication = authentication;
		this.properties = properties;
	}

	/**
	 * Return whether the client is healthy.
	 * @return {@code false} after {@value #DOWN_AFTER} token problems in a row
	 */
	public boolean isUp() {
		return this.authentication.getConsecutiveProblems() < DOWN_AFTER;
	}

	/**
	 * Return the details to report: environment, authentication mode, last token time
	 * and, when down, the problem count and the last problem. Never a key, secret or
	 * token.
	 * @return the details, in a stable order
	 */
	public Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("environment", this.properties.getEnvironment().tagValue());
		details.put("authMode", this.properties.getAuth().getMode().name().toLowerCase());
		details.put("lastTokenIssuedAt", String.valueOf(this.authentication.getLastTokenIssuedAt()));
		if (!isUp()) {
			details.put("consecutiveAuthenticationProblems", this.authentication.getConsecutiveProblems());
			details.put("reason", this.authentication.getLastProblem());
		}
		return details;
	}

}

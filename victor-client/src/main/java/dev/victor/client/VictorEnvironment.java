package dev.victor.client;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * A Victor API environment: its base URL and the longest lifetime Victor accepts for a
 * client-signed JWT there. API keys are environment-specific.
 *
 * @since 0.1.0
 */
public enum VictorEnvironment {

	/** Victor's staging environment: never reaches real payment networks. */
	STAGING(URI.create("https://api.stage.victorfi.com"), Duration.ofHours(1)),

	/** Victor's production environment: real money moves. */
	PRODUCTION(URI.create("https://api.victorfi.com"), Duration.ofMinutes(5));

	private final URI baseUrl;

	private final Duration maxTokenTtl;

	VictorEnvironment(URI baseUrl, Duration maxTokenTtl) {
		this.baseUrl = baseUrl;
		this.maxTokenTtl = maxTokenTtl;
	}

	/**
	 * Return the base URL of this environment's REST API.
	 * @return the base URL, without a trailing slash
	 */
	public URI baseUrl() {
		return this.baseUrl;
	}

	/**
	 * Return the longest {@code exp - iat} Victor accepts for a client-signed JWT here.
	 * @return the maximum token lifetime
	 */
	public Duration maxTokenTtl() {
		return this.maxTokenTtl;
	}

	/**
	 * Return the lower-case name used in configuration and metric tags.
	 * @return {@code staging} or {@code production}
	 */
	public String tagValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}

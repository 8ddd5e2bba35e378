package dev.victor.autoconfigure;

import java.time.Clock;
import java.time.Duration;

import dev.victor.client.VictorClientRules;
import dev.victor.client.VictorPaymentsClientBuilder;
import dev.victor.client.auth.JwtAuthentication;
import dev.victor.client.auth.VictorAuthentication;
import dev.victor.client.auth.VictorJwtSigner;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

/**
 * Validates the properties of the authentication {@code victor.auth.mode} selects and
 * sets it up: a {@link JwtAuthentication} bean in JWT mode, OAuth client credentials on
 * the client builder in OAuth mode (its token requests need the client's transport).
 *
 * @since 0.1.0
 */
final class VictorAuthenticationFactory {

	private final VictorProperties properties;

	private final VictorKeyLoader keyLoader;

	private final Clock clock;

	VictorAuthenticationFactory(VictorProperties properties, ResourceLoader resourceLoader, Clock clock) {
		this.properties = properties;
		this.keyLoader = new VictorKeyLoader(resourceLoader);
		this.clock = clock;
	}

	/**
	 * Validate the JWT properties and build the authentication.
	 * @return the authentication
	 * @throws VictorConfigurationException naming the first missing or invalid property
	 */
	VictorAuthentication createJwt() {
		if (!StringUtils.hasText(this.properties.getApiKey())) {
			throw new VictorConfigurationException("victor.api-key", "is required in JWT mode but is not set",
					"Set victor.api-key to the API key from the Victor Client Portal (My Organization > Developer), "
							+ "for example victor.api-key=${VICTOR_API_KEY}.");
		}
		VictorProperties.Auth auth = this.properties.getAuth();
		VictorClientRules.tokenTtlProblem(auth.getTokenTtl(), this.properties.getEnvironment()).ifPresent((problem) -> {
			throw new VictorConfigurationException("victor.auth.token-ttl",
					"(" + auth.getTokenTtl() + ") is out of range: " + problem,
					"Set victor.auth.token-ttl to a duration between 1s and "
							+ this.properties.getEnvironment().maxTokenTtl().getSeconds()
							+ "s; the default 60s suits both environments.");
		});
		VictorJwtSigner.clockSkewProblem(auth.getClockSkew(), auth.getTokenTtl()).ifPresent((problem) -> {
			throw new VictorConfigurationException("victor.auth.clock-skew",
					"(" + auth.getClockSkew() + ") does not fit victor.auth.token-ttl (" + auth.getTokenTtl() + "): "
							+ problem,
					"Set victor.auth.clock-skew below half of victor.auth.token-ttl (default 10s with 60s), "
							+ "or raise victor.auth.token-ttl.");
		});
		VictorJwtSigner signer = new VictorJwtSigner(this.properties.getApiKey(),
				this.keyLoader.loadPrivateKey(this.properties), auth.getTokenTtl(), auth.getClockSkew(), this.clock);
		return new JwtAuthentication(signer, this.clock);
	}

	/**
	 * Validate the OAuth properties and put the client credentials on the builder.
	 * @param properties the bound properties
	 * @param builder the client builder
	 * @throws VictorConfigurationException naming the first missing or invalid property
	 */
	static void configureOAuth(VictorProperties properties, VictorPaymentsClientBuilder builder) {
		VictorProperties.Auth auth = properties.getAuth();
		requireOAuthCredential("victor.auth.client-id", auth.getClientId());
		requireOAuthCredential("victor.auth.client-secret", auth.getClientSecret());
		Duration skew = auth.getRefreshSkew();
		if (skew == null || skew.isNegative() || skew.isZero()) {
			throw new VictorConfigurationException("victor.auth.refresh-skew",
					"must be a positive duration but is " + skew,
					"Set victor.auth.refresh-skew to how long before expiry to renew the token; default 60s.");
		}
		builder.oauth(auth.getClientId(), auth.getClientSecret()).refreshSkew(skew);
	}

	private static void requireOAuthCredential(String property, @Nullable String value) {
		if (!StringUtils.hasText(value)) {
			throw new VictorConfigurationException(property, "is required in OAuth mode but is not set",
					"Set victor.auth.client-id and victor.auth.client-secret to the OAuth key created in the Victor "
							+ "Client Portal (My Organization > Developer > New API Key, 'Create OAuth Key'), for "
							+ "example from environment variables; or use victor.auth.mode=jwt.");
		}
	}

}

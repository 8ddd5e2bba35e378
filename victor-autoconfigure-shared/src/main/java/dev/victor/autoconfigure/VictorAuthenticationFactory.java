package dev.victor.autoconfigure;

import java.time.Clock;
import java.time.Duration;

import dev.victor.client.VictorClientRules;
import dev.victor.client.VictorPaymentsClientBuilder;
import dev.victor.client.auth.VictorJwtSigner;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

/**
 * Validates the properties of the authentication {@code victor.auth.mode} selects and
 * puts them on a client builder, which builds the authentication the same way in both
 * modes: a {@link dev.victor.client.auth.JwtAuthentication} or an
 * {@link dev.victor.client.auth.OAuthAuthentication} (whose token requests use the
 * builder's transport).
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
	 * Validate the properties of the selected mode and put them on the builder, whose
	 * {@link VictorPaymentsClientBuilder#buildAuthentication()} then builds it.
	 * @param builder the client builder, with its transport already configured
	 * @return the builder
	 * @throws VictorConfigurationException naming the first missing or invalid property
	 */
	VictorPaymentsClientBuilder configure(VictorPaymentsClientBuilder builder) {
		return (this.properties.getAuth().getMode() == VictorProperties.AuthMode.OAUTH) ? configureOAuth(builder)
				: configureJwt(builder);
	}

	private VictorPaymentsClientBuilder configureJwt(VictorPaymentsClientBuilder builder) {
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
							+ this.properties.getEnvironment().maxTokenTtl().getSeconds() + "s; the default "
							+ VictorPaymentsClientBuilder.DEFAULT_TOKEN_TTL.toSeconds() + "s suits both environments.");
		});
		VictorJwtSigner.clockSkewProblem(auth.getClockSkew(), auth.getTokenTtl()).ifPresent((problem) -> {
			throw new VictorConfigurationException("victor.auth.clock-skew",
					"(" + auth.getClockSkew() + ") does not fit victor.auth.token-ttl (" + auth.getTokenTtl() + "): "
							+ problem,
					"Set victor.auth.clock-skew below half of victor.auth.token-ttl (default "
							+ VictorPaymentsClientBuilder.DEFAULT_CLOCK_SKEW.toSeconds() + "s with "
							+ VictorPaymentsClientBuilder.DEFAULT_TOKEN_TTL.toSeconds()
							+ "s), or raise victor.auth.token-ttl.");
		});
		return builder.apiKey(this.properties.getApiKey())
			.privateKey(this.keyLoader.loadPrivateKey(this.properties))
			.tokenTtl(auth.getTokenTtl())
			.clockSkew(auth.getClockSkew())
			.clock(this.clock);
	}

	private VictorPaymentsClientBuilder configureOAuth(VictorPaymentsClientBuilder builder) {
		VictorProperties.Auth auth = this.properties.getAuth();
		requireOAuthCredential("victor.auth.client-id", auth.getClientId());
		requireOAuthCredential("victor.auth.client-secret", auth.getClientSecret());
		Duration skew = auth.getRefreshSkew();
		if (skew == null || skew.isNegative() || skew.isZero()) {
			throw new VictorConfigurationException("victor.auth.refresh-skew",
					"must be a positive duration but is " + skew,
					"Set victor.auth.refresh-skew to how long before expiry to renew the token; default "
							+ VictorPaymentsClientBuilder.DEFAULT_REFRESH_SKEW.toSeconds() + "s.");
		}
		return builder.oauth(auth.getClientId(), auth.getClientSecret()).refreshSkew(skew).clock(this.clock);
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

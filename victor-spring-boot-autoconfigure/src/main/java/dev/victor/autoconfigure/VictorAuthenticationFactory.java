package dev.victor.autoconfigure;

import java.time.Clock;

import dev.victor.client.VictorClientRules;
import dev.victor.client.auth.JwtAuthentication;
import dev.victor.client.auth.VictorAuthentication;
import dev.victor.client.auth.VictorJwtSigner;

import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

/**
 * Builds the {@link VictorAuthentication} that {@code victor.auth.mode} selects, after
 * validating the properties that mode needs.
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
	 * Validate the authentication properties and build the authentication.
	 * @return the authentication
	 * @throws VictorConfigurationException naming the first missing or invalid property
	 */
	VictorAuthentication create() {
		VictorProperties.AuthMode mode = this.properties.getAuth().getMode();
		if (mode != VictorProperties.AuthMode.JWT) {
			throw new VictorConfigurationException("victor.auth.mode", "'" + mode.name().toLowerCase()
					+ "' is not supported by this version of the starter",
					"Set victor.auth.mode=jwt and configure victor.api-key and victor.private-key-path.");
		}
		return jwt();
	}

	private VictorAuthentication jwt() {
		if (!StringUtils.hasText(this.properties.getApiKey())) {
			throw new VictorConfigurationException("victor.api-key", "is required in JWT mode but is not set",
					"Set victor.api-key to the API key from the Victor Client Portal (My Organization > Developer), "
							+ "for example victor.api-key=${VICTOR_API_KEY}.");
		}
		VictorProperties.Auth auth = this.properties.getAuth();
		VictorClientRules.tokenTtlProblem(auth.getTokenTtl(), this.properties.getEnvironment())
			.ifPresent((problem) -> {
				throw new VictorConfigurationException("victor.auth.token-ttl",
						"(" + auth.getTokenTtl() + ") is out of range: " + problem,
						"Set victor.auth.token-ttl to a duration between 1s and "
								+ this.properties.getEnvironment().maxTokenTtl().getSeconds()
								+ "s; the default 60s suits both environments.");
			});
		VictorJwtSigner signer = new VictorJwtSigner(this.properties.getApiKey(),
				this.keyLoader.loadPrivateKey(this.properties), auth.getTokenTtl(), this.clock);
		return new JwtAuthentication(signer, this.clock);
	}

}

package dev.victor.sample;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.victor.test.MockVictorCredentials;
import dev.victor.test.MockVictorServer;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Unless the {@code staging} profile is active, starts an embedded
 * {@link MockVictorServer} with freshly generated credentials and points the
 * {@code victor.*} properties at it, so the sample runs with no credentials and no
 * network. The mock settles each payment a few seconds after it is made
 * ({@code victor.sample.mock-settle-after}, default 3s) and posts the webhook, for which
 * a random {@code victor.webhooks.secret} is generated. The server is a bean named
 * {@code mockVictorServer} and stops with the context.
 *
 * @since 0.1.0
 */
public class EmbeddedMockVictorInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/**
	 * How long the mock leaves a payment pending before it settles it and posts the
	 * webhook.
	 */
	private static final Duration SETTLE_AFTER = Duration.ofSeconds(3);

	private static byte[] randomBytes(int count) {
		byte[] bytes = new byte[count];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (environment.acceptsProfiles(Profiles.of("staging"))) {
			return;
		}
		MockVictorCredentials credentials = MockVictorCredentials.generate();
		MockVictorServer server = MockVictorServer.builder()
			.apiKey(credentials.apiKey())
			.publicKey(credentials.publicKey())
			.settleAfter(environment.getProperty("victor.sample.mock-settle-after", Duration.class, SETTLE_AFTER))
			.start();
		Map<String, Object> properties = new LinkedHashMap<>(credentials.clientProperties(server, false));
		properties.put("victor.webhooks.secret", HexFormat.of().formatHex(randomBytes(24)));
		environment.getPropertySources().addFirst(new MapPropertySource("embeddedMockVictor", properties));
		context.getBeanFactory().registerSingleton("mockVictorServer", server);
		context.addApplicationListener((ContextClosedEvent event) -> server.close());
	}

}

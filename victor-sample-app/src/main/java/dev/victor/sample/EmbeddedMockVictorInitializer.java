package dev.victor.sample;

import dev.victor.test.MockVictorCredentials;
import dev.victor.test.MockVictorServer;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Unless the {@code staging} profile is active, starts an embedded {@link MockVictorServer}
 * with freshly generated credentials and points the {@code victor.*} properties at it, so
 * the sample runs with no credentials and no network. The server is a bean named
 * {@code mockVictorServer} and stops with the context.
 *
 * @since 0.1.0
 */
public class EmbeddedMockVictorInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (environment.acceptsProfiles(Profiles.of("staging"))) {
			return;
		}
		MockVictorCredentials credentials = MockVictorCredentials.generate();
		MockVictorServer server = credentials.startServer();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embeddedMockVictor", credentials.clientProperties(server, false)));
		context.getBeanFactory().registerSingleton("mockVictorServer", server);
		context.addApplicationListener((ContextClosedEvent event) -> server.close());
	}

}

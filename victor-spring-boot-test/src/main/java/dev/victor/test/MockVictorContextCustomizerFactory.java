package dev.victor.test;

import java.util.List;
import java.util.Objects;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Applies {@link EnableMockVictor} to test application contexts.
 *
 * @since 0.1.0
 */
class MockVictorContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		EnableMockVictor annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				EnableMockVictor.class);
		return (annotation != null) ? new MockVictorContextCustomizer(annotation.oauth()) : null;
	}

	/**
	 * Starts the mock and points the context at it. Equal for equal settings, so Spring's
	 * test context cache shares one context (and one mock) between such tests.
	 */
	private static final class MockVictorContextCustomizer implements ContextCustomizer {

		private final boolean oauth;

		MockVictorContextCustomizer(boolean oauth) {
			this.oauth = oauth;
		}

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			MockVictorCredentials credentials = MockVictorCredentials.generate();
			MockVictorServer server = credentials.startServer();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("mockVictor", credentials.clientProperties(server, this.oauth)));
			context.getBeanFactory().registerSingleton("mockVictorServer", server);
			context.addApplicationListener((ContextClosedEvent event) -> server.close());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof MockVictorContextCustomizer customizer && customizer.oauth == this.oauth;
		}

		@Override
		public int hashCode() {
			return Objects.hash(MockVictorContextCustomizer.class, this.oauth);
		}

	}

}

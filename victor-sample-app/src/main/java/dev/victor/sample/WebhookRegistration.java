package dev.victor.sample;

import dev.victor.test.MockVictorServer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Registers the sample's webhook URL with the embedded mock Victor once the server
 * listens, so the mock posts every payout's status changes back to it. Against real
 * Victor the URL
 * ({@code https://<your host>/victor/webhooks?token=<victor.webhooks.secret>}) is
 * registered once, by operations, in Victor's UI or with {@code createWebhook}: not at
 * every start.
 *
 * @since 0.1.0
 */
@Component
class WebhookRegistration {

	private static final Log logger = LogFactory.getLog(WebhookRegistration.class);

	private final ObjectProvider<MockVictorServer> mockVictor;

	private final Environment environment;

	private final String path;

	WebhookRegistration(ObjectProvider<MockVictorServer> mockVictor, Environment environment,
			@Value("${victor.webhooks.path:/victor/webhooks}") String path) {
		this.mockVictor = mockVictor;
		this.environment = environment;
		this.path = path;
	}

	@EventListener(ApplicationReadyEvent.class)
	void registerWithTheEmbeddedMock() {
		MockVictorServer mock = this.mockVictor.getIfAvailable();
		String port = this.environment.getProperty("local.server.port");
		String secret = this.environment.getProperty("victor.webhooks.secret");
		if (mock == null || port == null || secret == null
				|| !this.environment.getProperty("victor.webhooks.enabled", Boolean.class, false)) {
			return;
		}
		mock.registerWebhook("http://127.0.0.1:" + port + this.path + "?token=" + secret);
		logger
			.info("Victor demo: registered http://127.0.0.1:" + port + this.path + "?token=... with the embedded mock");
	}

}

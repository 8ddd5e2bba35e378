package dev.victor.autoconfigure.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.victor.test.MockVictorCredentials;
import dev.victor.test.MockVictorServer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.event.TransactionalEventListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real application with the webhook receiver on, served on a free loopback port by the
 * given web stack, its Victor client pointed at a {@link MockVictorServer}, recording
 * every webhook event its listeners get. Spring Security is on the test class path, so
 * its defaults guard every other endpoint.
 */
final class WebhookTestApplication implements AutoCloseable {

	static final String SECRET = "whsec-0123456789abcdef-s3cr3t";

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ConfigurableApplicationContext context;

	private final int port;

	private WebhookTestApplication(ConfigurableApplicationContext context) {
		this.context = context;
		this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	/**
	 * Start an application.
	 * @param type the web stack
	 * @param victor the mock Victor
	 * @param credentials the mock's credentials
	 * @param properties more properties, {@code name=value}
	 * @return the running application
	 */
	static WebhookTestApplication start(WebApplicationType type, MockVictorServer victor,
			MockVictorCredentials credentials, String... properties) {
		Map<String, Object> defaults = new LinkedHashMap<>(credentials.clientProperties(victor, false));
		defaults.put("server.port", "0");
		defaults.put("server.address", "127.0.0.1");
		defaults.put("victor.webhooks.enabled", "true");
		defaults.put("victor.webhooks.secret", SECRET);
		defaults.put("victor.webhooks.confirm-backoff", "10ms");
		defaults.put("victor.retry.initial-backoff", "1ms");
		defaults.put("victor.retry.max-backoff", "2ms");
		defaults.put("spring.main.banner-mode", "off");
		return new WebhookTestApplication(
				new SpringApplicationBuilder(App.class).web(type).properties(defaults).run(properties(properties)));
	}

	private static String[] properties(String[] properties) {
		String[] arguments = new String[properties.length];
		for (int i = 0; i < properties.length; i++) {
			arguments[i] = "--" + properties[i];
		}
		return arguments;
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	/**
	 * POST a body to the webhook path with a query string.
	 * @return the status
	 */
	int post(String query, String body) {
		return send("POST", "/victor/webhooks" + query, body);
	}

	/**
	 * POST a delivery with the right token.
	 * @return the status
	 */
	int deliver(String body) {
		return post("?token=" + SECRET, body);
	}

	int send(String method, String pathAndQuery, String body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + pathAndQuery))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Return the next webhook event a listener got, waiting up to 10 seconds.
	 */
	<E extends ApplicationEvent> E nextEvent(Class<E> type) throws InterruptedException {
		ApplicationEvent event = this.context.getBean(EventRecorder.class).events.poll(10, TimeUnit.SECONDS);
		assertThat(event).as("a webhook event within 10s").isInstanceOf(type);
		return type.cast(event);
	}

	/**
	 * Return how many deliveries ended with an outcome, from
	 * {@code victor.webhooks.received}.
	 */
	double outcomes(String outcome) {
		return this.context.getBean(MeterRegistry.class)
			.find("victor.webhooks.received")
			.tag("outcome", outcome)
			.counters()
			.stream()
			.mapToDouble(Counter::count)
			.sum();
	}

	@Override
	public void close() {
		this.context.close();
	}

	static String payload(String reference, String status) {
		return "{\"event_id\":\"evt-" + reference + "-" + status + "\",\"data\":{\"victor_transaction_id\":\""
				+ reference + "\",\"status\":\"" + status + "\"}}";
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

		@Bean
		EventRecorder eventRecorder() {
			return new EventRecorder();
		}

		@Bean
		@ConditionalOnProperty("test.datasource.url")
		DataSource dataSource(@Value("${test.datasource.url}") String url,
				@Value("${test.datasource.username:}") String username,
				@Value("${test.datasource.password:}") String password) {
			DriverManagerDataSource dataSource = new DriverManagerDataSource(url, username, password);
			return dataSource;
		}

	}

	static class EventRecorder {

		final BlockingQueue<ApplicationEvent> events = new LinkedBlockingQueue<>();

		// as the README shows: published outside any transaction, so fallbackExecution
		@TransactionalEventListener(fallbackExecution = true)
		void transaction(VictorTransactionEvent event) {
			this.events.add(event);
		}

		@EventListener
		void confirmationFailed(VictorWebhookConfirmationFailedEvent event) {
			this.events.add(event);
		}

	}

}

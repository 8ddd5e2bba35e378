package dev.victor.autoconfigure.webhooks;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import dev.victor.autoconfigure.VictorAutoConfiguration;
import dev.victor.autoconfigure.VictorConfigurationException;
import dev.victor.autoconfigure.VictorProperties;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.json.VictorJson;
import dev.victor.client.model.TransactionDetails;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Auto-configuration of the webhook receiver, on with
 * {@code victor.webhooks.enabled=true} in a WebFlux or servlet web application:
 * {@code POST {victor.webhooks.path}} authenticated by {@code victor.webhooks.secret},
 * deliveries de-duplicated through a {@link VictorWebhookStore} (in memory, or JDBC with
 * {@code victor.webhooks.store=jdbc}), and each accepted one published as a
 * {@link VictorTransactionEvent} after its transaction is read back from Victor.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = VictorAutoConfiguration.class)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "victor.webhooks.enabled", havingValue = "true")
@EnableConfigurationProperties(VictorProperties.class)
public class VictorWebhooksAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(VictorWebhookStore.class)
	@ConditionalOnProperty(name = "victor.webhooks.store", havingValue = "memory", matchIfMissing = true)
	InMemoryVictorWebhookStore victorWebhookStore(VictorProperties properties) {
		VictorProperties.Webhooks webhooks = properties.getWebhooks();
		return new InMemoryVictorWebhookStore(webhooks.getMaxRememberedDeliveries(), webhooks.getDeduplicationWindow());
	}

	@Bean
	WebhookPublisher victorWebhookPublisher(VictorProperties properties, ObjectProvider<VictorPaymentsClient> client,
			ApplicationEventPublisher events, VictorWebhookStore store) {
		VictorProperties.Webhooks webhooks = properties.getWebhooks();
		Function<String, Mono<TransactionDetails>> readBack = null;
		if (webhooks.isConfirm()) {
			VictorPaymentsClient victor = client.getIfAvailable();
			if (victor == null) {
				throw new VictorConfigurationException("victor.webhooks.confirm",
						"is true but the application has no VictorPaymentsClient to read transactions back with",
						"Configure the Victor client (victor.api-key and a private key, or OAuth), or set "
								+ "victor.webhooks.confirm=false to publish the payload's unverified status.");
			}
			readBack = victor::getTransaction;
		}
		return new WebhookPublisher(readBack, events, store, VictorJson.codec(),
				new WebhookPublisher.Settings(webhooks.getConfirmAttempts(), webhooks.getConfirmBackoff(),
						webhooks.getRedispatchAfter(), webhooks.getDeduplicationWindow()),
				Clock.systemUTC());
	}

	@Bean
	VictorWebhookReceiver victorWebhookReceiver(VictorProperties properties, VictorWebhookStore store,
			WebhookPublisher publisher, ObjectProvider<Consumer<WebhookOutcome>> outcomes) {
		VictorProperties.Webhooks webhooks = properties.getWebhooks();
		return new VictorWebhookReceiver(Objects.requireNonNull(webhooks.getSecret(), "victor.webhooks.secret"),
				(int) webhooks.getMaxPayloadSize().toBytes(), VictorJson.codec(), store, publisher,
				outcomes.getIfAvailable(() -> (outcome) -> {
				}), Clock.systemUTC());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	static class ReactiveEndpointConfiguration {

		@Bean
		ReactiveWebhookEndpoint victorWebhookEndpoint(VictorProperties properties, VictorWebhookReceiver receiver,
				WebhookPublisher publisher) {
			return new ReactiveWebhookEndpoint(properties.getWebhooks().getPath(), receiver, publisher.scheduler());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(Filter.class)
	static class ServletEndpointConfiguration {

		@Bean
		ServletWebhookEndpoint victorWebhookEndpoint(VictorProperties properties, VictorWebhookReceiver receiver) {
			return new ServletWebhookEndpoint(properties.getWebhooks().getPath(), receiver);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(JdbcTemplate.class)
	@ConditionalOnProperty(name = "victor.webhooks.store", havingValue = "jdbc")
	static class JdbcStoreConfiguration {

		@Bean
		@ConditionalOnMissingBean(VictorWebhookStore.class)
		JdbcVictorWebhookStore victorWebhookStore(ObjectProvider<DataSource> dataSource, VictorProperties properties) {
			DataSource database = dataSource.getIfUnique();
			if (database == null) {
				throw new VictorConfigurationException("victor.webhooks.store",
						"is jdbc but the application has no single DataSource bean",
						"Configure a DataSource (spring.datasource.*), or set victor.webhooks.store=memory.");
			}
			JdbcVictorWebhookStore store = new JdbcVictorWebhookStore(database);
			VictorProperties.Webhooks.InitializeSchema mode = properties.getWebhooks().getJdbc().getInitializeSchema();
			if (mode == VictorProperties.Webhooks.InitializeSchema.ALWAYS
					|| (mode == VictorProperties.Webhooks.InitializeSchema.EMBEDDED && isInMemory(database))) {
				store.initializeSchema();
			}
			return store;
		}

		/**
		 * Tell whether a database lives in this JVM's memory, by its JDBC URL.
		 */
		private static boolean isInMemory(DataSource dataSource) {
			try (Connection connection = dataSource.getConnection()) {
				String url = connection.getMetaData().getURL();
				return url != null && (url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:hsqldb:mem:")
						|| url.startsWith("jdbc:derby:memory:"));
			}
			catch (SQLException ex) {
				return false;
			}
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	@ConditionalOnProperty(name = "victor.metrics.enabled", havingValue = "true", matchIfMissing = true)
	static class MetricsConfiguration {

		@Bean
		Consumer<WebhookOutcome> victorWebhookOutcomes(ObjectProvider<MeterRegistry> meterRegistry) {
			return (outcome) -> {
				MeterRegistry registry = meterRegistry.getIfUnique();
				if (registry != null) {
					Counter.builder("victor.webhooks.received")
						.description("Webhook deliveries received from Victor, by what became of them")
						.tag("outcome", outcome.tagValue())
						.register(registry)
						.increment();
				}
			};
		}

	}

}

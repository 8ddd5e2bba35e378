package dev.victor.autoconfigure.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import dev.victor.autoconfigure.VictorAutoConfiguration;
import dev.victor.autoconfigure.webhooks.VictorWebhookStore.StoredDelivery;
import dev.victor.testsupport.TestKeys;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the receiver is configured, and how bad webhook properties fail startup: naming
 * the property, never printing the secret.
 */
class VictorWebhooksConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(VictorAutoConfiguration.class, VictorWebhooksAutoConfiguration.class))
		.withPropertyValues("victor.api-key=key-1", "victor.private-key-pem=" + TestKeys.pkcs8Pem(TestKeys.rsa2048()),
				"victor.base-url=http://127.0.0.1:9");

	@Test
	void offByDefaultAndOutsideWebApplications() {
		this.runner.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(VictorWebhookReceiver.class));
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(VictorAutoConfiguration.class, VictorWebhooksAutoConfiguration.class))
			.withPropertyValues("victor.api-key=key-1",
					"victor.private-key-pem=" + TestKeys.pkcs8Pem(TestKeys.rsa2048()), "victor.webhooks.enabled=true",
					"victor.webhooks.secret=0123456789abcdef")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(VictorWebhookReceiver.class));
	}

	@Test
	void onWithASecretAndAnInMemoryStoreByDefault() {
		this.runner.withPropertyValues("victor.webhooks.enabled=true", "victor.webhooks.secret=0123456789abcdef")
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(ServletWebhookEndpoint.class)
					.hasSingleBean(InMemoryVictorWebhookStore.class);
				VictorWebhookReceiver receiver = context.getBean(VictorWebhookReceiver.class);
				assertThat(receiver.authenticates("0123456789abcdef")).isTrue();
				assertThat(receiver.authenticates("0123456789abcdeF")).isFalse();
				assertThat(receiver.authenticates(null)).isFalse();
			});
	}

	@Test
	void aMissingShortOrUnresolvedSecretFailsStartupNamingThePropertyNotTheValue() {
		this.runner.withPropertyValues("victor.webhooks.enabled=true")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("'victor.webhooks.secret' is empty"));
		this.runner.withPropertyValues("victor.webhooks.enabled=true", "victor.webhooks.secret=short-s3cr3t")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("shorter than 16 characters")
				.hasMessageNotContaining("short-s3cr3t"));
		this.runner
			.withPropertyValues("victor.webhooks.enabled=true", "victor.webhooks.secret=${VICTOR_WEBHOOK_SECRET}")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("VICTOR_WEBHOOK_SECRET"));
	}

	@Test
	void aBadPathOrPayloadBoundIsReportedWithTheOtherProblems() {
		this.runner
			.withPropertyValues("victor.webhooks.enabled=true", "victor.webhooks.secret=0123456789abcdef",
					"victor.webhooks.path=victor/webhooks", "victor.retry.max-attempts=0")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("victor.webhooks.path")
				.hasMessageContaining("victor.retry.max-attempts"));
	}

	@Test
	void aStoreThatCannotRecordADeliveryAnswers503SoVictorDeliversItAgain() {
		this.runner
			.withPropertyValues("victor.webhooks.enabled=true", "victor.webhooks.secret=0123456789abcdef",
					"victor.webhooks.confirm=false")
			.withBean(VictorWebhookStore.class, UnavailableStore::new)
			.run((context) -> {
				VictorWebhookReceiver receiver = context.getBean(VictorWebhookReceiver.class);
				WebhookOutcome outcome = receiver.receive(
						"{\"victor_transaction_id\":\"tx_1\",\"status\":\"Success\"}".getBytes(StandardCharsets.UTF_8));
				assertThat(outcome).isEqualTo(WebhookOutcome.REJECTED_UNAVAILABLE);
				assertThat(outcome.httpStatus()).isEqualTo(503);
				assertThat(outcome.tagValue()).isEqualTo("rejected");
			});
	}

	/** A store whose database is down. */
	static class UnavailableStore implements VictorWebhookStore {

		@Override
		public boolean claim(StoredDelivery delivery) {
			throw new DataAccessResourceFailureException("database down");
		}

		@Override
		public void markPublished(String deliveryKey) {
		}

		@Override
		public void markFailed(String deliveryKey) {
		}

		@Override
		public List<StoredDelivery> takeStale(Instant staleBefore, Instant now, int limit) {
			return List.of();
		}

		@Override
		public void forget(Instant receivedBefore) {
		}

	}

}

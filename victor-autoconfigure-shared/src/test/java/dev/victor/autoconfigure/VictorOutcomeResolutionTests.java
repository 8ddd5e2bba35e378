package dev.victor.autoconfigure;

import java.math.BigDecimal;

import dev.victor.client.PaymentOutcome;
import dev.victor.client.RequestOptions;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.error.VictorCallFailure;
import dev.victor.client.error.VictorPaymentNotCreatedException;
import dev.victor.client.error.VictorTransportException;
import dev.victor.client.model.AchDirection;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.client.model.SecCode;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.client.model.TransactionStatus;
import dev.victor.test.MockFault;
import dev.victor.test.MockVictorCredentials;
import dev.victor.test.MockVictorServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * "Outcome unknown" resolved through the auto-configured client on this Boot line,
 * against the mock: a create whose connection drops after Victor committed it, and one
 * Victor refused with 503s, each told apart by looking the transaction up by its client
 * reference, by hand and with {@code victor.retry.resolve-unknown-outcome}.
 */
class VictorOutcomeResolutionTests {

	private final MockVictorCredentials credentials = MockVictorCredentials.generate();

	private MockVictorServer victor;

	private ApplicationContextRunner runner;

	@BeforeEach
	void start() {
		this.victor = this.credentials.startServer();
		this.runner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(VictorAutoConfiguration.class))
			.withPropertyValues("victor.base-url=" + this.victor.baseUrl(),
					"victor.api-key=" + this.credentials.apiKey(),
					"victor.private-key-pem=" + this.credentials.privateKeyPem(), "victor.retry.max-attempts=2",
					"victor.retry.initial-backoff=1ms", "victor.retry.max-backoff=2ms");
	}

	@AfterEach
	void stop() {
		this.victor.close();
	}

	@Test
	void byHandACommittedThenDroppedCreateExistsAndARefusedOneDoesNot() {
		this.runner.run((context) -> {
			VictorPaymentsClient client = context.getBean(VictorPaymentsClient.class);
			NewAchPaymentRequest payment = payment(client);

			this.victor.injectFault("createAchPayment", MockFault.dropAfterCommit(), 2);
			VictorTransportException dropped = assertThatExceptionOfType(VictorTransportException.class)
				.isThrownBy(() -> client.createAchPayment(payment, key("by-hand-dropped")).block())
				.actual();
			PaymentOutcome exists = client.resolveOutcome(dropped).block();
			assertThat(exists.state()).isEqualTo(PaymentOutcome.State.EXISTS);
			assertThat(exists.transaction().status()).isEqualTo(TransactionStatus.PENDING);

			this.victor.injectFault("createAchPayment", MockFault.status(503), 2);
			RuntimeException refused = assertThatExceptionOfType(RuntimeException.class)
				.isThrownBy(() -> client.createAchPayment(payment, key("by-hand-refused")).block())
				.actual();
			assertThat(client.resolveOutcome((VictorCallFailure) refused).block().state())
				.isEqualTo(PaymentOutcome.State.NOT_FOUND);
		});
	}

	@Test
	void withThePropertyTheClientResolvesBeforeSurfacing() {
		this.runner.withPropertyValues("victor.retry.resolve-unknown-outcome=true").run((context) -> {
			VictorPaymentsClient client = context.getBean(VictorPaymentsClient.class);
			NewAchPaymentRequest payment = payment(client);

			this.victor.injectFault("createAchPayment", MockFault.dropAfterCommit(), 2);
			TransactionReceipt receipt = client.createAchPayment(payment, key("resolved-dropped")).block();
			assertThat(receipt.hasTransactionId()).isTrue();

			this.victor.injectFault("createAchPayment", MockFault.status(503), 2);
			assertThatExceptionOfType(VictorPaymentNotCreatedException.class)
				.isThrownBy(() -> client.createAchPayment(payment, key("resolved-refused")).block())
				.satisfies((ex) -> assertThat(ex.getIdempotencyKey()).isEqualTo("resolved-refused"));
		});
	}

	private static RequestOptions key(String idempotencyKey) {
		return RequestOptions.builder().idempotencyKey(idempotencyKey).build();
	}

	private static NewAchPaymentRequest payment(VictorPaymentsClient client) {
		String counterparty = client.createCounterparty(NewCounterpartyRequest.builder().accountName("Acme").build())
			.block()
			.victorCounterpartyId();
		return NewAchPaymentRequest.builder()
			.fromAccountNumber("1234567890")
			.counterpartyId(counterparty)
			.amount(new BigDecimal("3.00"))
			.direction(AchDirection.CREDIT)
			.secCode(SecCode.CCD)
			.build();
	}

}

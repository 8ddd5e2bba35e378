package dev.victor.test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import dev.victor.client.PaymentOutcome;
import dev.victor.client.RequestOptions;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.error.VictorCallFailure;
import dev.victor.client.error.VictorPaymentNotCreatedException;
import dev.victor.client.error.VictorServerException;
import dev.victor.client.error.VictorTransportException;
import dev.victor.client.http.VictorRetrySettings;
import dev.victor.client.model.AchDirection;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.client.model.SecCode;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.client.model.TransactionStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * "Outcome unknown" turned into an answer against the mock: a create whose connection
 * drops after Victor committed it is found by its client reference, one that Victor
 * refused with 503s is not, and a look-up that fails itself leaves the outcome unknown.
 */
class OutcomeResolutionTests {

	private static final MockVictorCredentials credentials = MockVictorCredentials.generate();

	private static final VictorRetrySettings TWO_QUICK_ATTEMPTS = new VictorRetrySettings(2, Duration.ofMillis(1),
			Duration.ofMillis(2), Duration.ofSeconds(1));

	private static MockVictorServer server;

	private static String counterpartyId;

	@BeforeAll
	static void start() {
		server = credentials.startServer();
		counterpartyId = client(false).createCounterparty(NewCounterpartyRequest.builder().accountName("Acme").build())
			.block()
			.victorCounterpartyId();
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void everyCreateCarriesItsKeyAsClientReferenceUnlessTheCallerGaveOne() {
		client(false).createAchPayment(payment(null), key("key-as-reference")).block();
		client(false).createAchPayment(payment("callers-own"), key("another-key")).block();
		List<String> bodies = server.requests()
			.stream()
			.filter((request) -> request.operation().equals("createAchPayment"))
			.map(MockVictorRequest::body)
			.toList();
		assertThat(bodies)
			.anySatisfy((body) -> assertThat(body).contains("\"client_reference_id\":\"key-as-reference\""));
		assertThat(bodies).anySatisfy((body) -> assertThat(body).contains("\"client_reference_id\":\"callers-own\"")
			.doesNotContain("another-key"));
	}

	@Test
	void aCreateCommittedThenDroppedResolvesToExistsWithVictorsStatus() {
		server.injectFault("createAchPayment", MockFault.dropAfterCommit(), 2);
		VictorTransportException failure = catchFailure(VictorTransportException.class,
				client(false).createAchPayment(payment(null), key("dropped-1")));
		assertThat(failure.isOutcomeUnknown()).isTrue();
		assertThat(failure.getClientReference()).isEqualTo("dropped-1");

		PaymentOutcome outcome = client(false).resolveOutcome(failure).block();

		assertThat(outcome.state()).isEqualTo(PaymentOutcome.State.EXISTS);
		assertThat(outcome.isSafeToRetry()).isFalse();
		assertThat(outcome.transaction().clientReferenceId()).isEqualTo("dropped-1");
		assertThat(outcome.transaction().status()).isEqualTo(TransactionStatus.PENDING);
		assertThat(lookUps("dropped-1")).isEqualTo(1);
	}

	@Test
	void aCreateRefusedWith503sResolvesToNotFoundAndTheSameKeyThenPaysOnce() {
		server.injectFault("createAchPayment", MockFault.status(503), 2);
		NewAchPaymentRequest payment = payment(null);
		VictorServerException failure = catchFailure(VictorServerException.class,
				client(false).createAchPayment(payment, key("refused-1")));
		assertThat(failure.getClientReference()).isEqualTo("refused-1");

		PaymentOutcome outcome = client(false).blocking().resolveOutcome(failure);

		assertThat(outcome.state()).isEqualTo(PaymentOutcome.State.NOT_FOUND);
		assertThat(outcome.isSafeToRetry()).isTrue();
		TransactionReceipt retried = client(false).createAchPayment(payment, key(failure.getIdempotencyKey())).block();
		assertThat(retried.hasTransactionId()).isTrue();
		assertThat(client(false).resolveOutcome(failure).block().state()).isEqualTo(PaymentOutcome.State.EXISTS);
	}

	@Test
	void aLookUpThatFailsItselfLeavesTheOutcomeUnknown() {
		server.injectFault("createAchPayment", MockFault.dropAfterCommit(), 2);
		VictorTransportException failure = catchFailure(VictorTransportException.class,
				client(false).createAchPayment(payment(null), key("lookup-fails-1")));
		server.injectFault("getTransactionById", MockFault.status(503), 2);

		PaymentOutcome outcome = client(false).resolveOutcome(failure).block();

		assertThat(outcome.state()).isEqualTo(PaymentOutcome.State.UNKNOWN);
		assertThat(outcome.lookupFailure()).isInstanceOf(VictorServerException.class);
		assertThat(outcome.failure()).isSameAs(failure);
	}

	@Test
	void withResolutionOnACommittedCreateCompletesWithItsReceipt() {
		server.injectFault("createAchPayment", MockFault.dropAfterCommit(), 2);

		TransactionReceipt receipt = client(true).createAchPayment(payment(null), key("resolved-exists-1")).block();

		assertThat(receipt.hasTransactionId()).isTrue();
		assertThat(receipt.status()).isEqualTo(TransactionStatus.PENDING);
		assertThat(lookUps("resolved-exists-1")).isEqualTo(1);
	}

	@Test
	void withResolutionOnARefusedCreateFailsAsNotCreatedWithItsKey() {
		server.injectFault("createAchPayment", MockFault.status(503), 2);

		VictorPaymentNotCreatedException failure = catchFailure(VictorPaymentNotCreatedException.class,
				client(true).createAchPayment(payment(null), key("resolved-absent-1")));

		assertThat(failure.isOutcomeUnknown()).isFalse();
		assertThat(failure.getIdempotencyKey()).isEqualTo("resolved-absent-1");
		assertThat(failure.getClientReference()).isEqualTo("resolved-absent-1");
		assertThat(failure).hasCauseInstanceOf(VictorServerException.class).hasMessageContaining("not created");
	}

	@Test
	void withResolutionOnAFailedLookUpSurfacesTheOriginalFailureWithTheLookUpSuppressed() {
		server.injectFault("createAchPayment", MockFault.dropAfterCommit(), 2);
		server.injectFault("getTransactionById", MockFault.status(503), 2);

		VictorTransportException failure = catchFailure(VictorTransportException.class,
				client(true).createAchPayment(payment(null), key("resolved-unknown-1")));

		assertThat(failure.isOutcomeUnknown()).isTrue();
		assertThat(failure.getSuppressed()).filteredOn(VictorServerException.class::isInstance)
			.singleElement()
			.satisfies((lookUp) -> assertThat(lookUp).hasMessageContaining("getTransactionById: 503"));
	}

	@Test
	void aFailureOfAnotherOperationIsRefusedBeforeAnyLookUp() {
		server.injectFault("getAccounts", MockFault.status(503), 2);
		VictorServerException failure = catchFailure(VictorServerException.class,
				client(false).listAccounts().collectList());
		int before = server.requests().size();

		assertThatIllegalArgumentException().isThrownBy(() -> client(false).resolveOutcome(failure))
			.withMessageContaining("getAccounts carries no client reference");
		assertThat(server.requests()).hasSize(before);
	}

	private static <T extends Throwable & VictorCallFailure> T catchFailure(Class<T> type, Mono<?> call) {
		return assertThatExceptionOfType(type).isThrownBy(call::block).actual();
	}

	private static RequestOptions key(String idempotencyKey) {
		return RequestOptions.builder().idempotencyKey(idempotencyKey).build();
	}

	private static long lookUps(String reference) {
		return server.requests()
			.stream()
			.filter((request) -> request.operation().equals("getTransactionById") && request.path().endsWith(reference))
			.count();
	}

	private static VictorPaymentsClient client(boolean resolveUnknownOutcomes) {
		return VictorPaymentsClient.builder()
			.baseUrl(server.baseUrl())
			.apiKey(credentials.apiKey())
			.privateKey(credentials.privateKey())
			.retry(TWO_QUICK_ATTEMPTS)
			.resolveUnknownOutcomes(resolveUnknownOutcomes)
			.build();
	}

	private static NewAchPaymentRequest payment(String clientReferenceId) {
		return NewAchPaymentRequest.builder()
			.fromAccountNumber("1234567890")
			.counterpartyId(counterpartyId)
			.amount(new BigDecimal("10.00"))
			.direction(AchDirection.CREDIT)
			.secCode(SecCode.CCD)
			.clientReferenceId(clientReferenceId)
			.build();
	}

}

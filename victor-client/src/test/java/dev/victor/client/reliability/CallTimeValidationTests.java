package dev.victor.client.reliability;

import java.math.BigDecimal;
import java.util.function.Consumer;

import dev.victor.client.RequestOptions;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.error.VictorFieldError;
import dev.victor.client.error.VictorValidationException;
import dev.victor.client.model.AchDirection;
import dev.victor.client.model.CounterpartyAchInfo;
import dev.victor.client.model.CreateBookTransferRequest;
import dev.victor.client.model.Money;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.NewAchPaymentRequestBuilder;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.client.model.SecCode;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.TestClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Bad calls are refused with a clear error before a single byte reaches the server.
 */
class CallTimeValidationTests {

	private ScriptedHttpServer server;

	private VictorPaymentsClient client;

	@BeforeEach
	void start() throws Exception {
		this.server = new ScriptedHttpServer((request) -> Action.respond(200, TestClients.RECEIPT));
		this.client = TestClients.builder(this.server.baseUrl()).build();
	}

	@AfterEach
	void stop() throws Exception {
		assertThat(this.server.requests()).as("requests that reached the server").isEmpty();
		this.server.close();
	}

	@Test
	void badIdempotencyKeysAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> RequestOptions.builder().idempotencyKey(""));
		assertThatIllegalArgumentException().isThrownBy(() -> RequestOptions.builder().idempotencyKey("k".repeat(129)))
			.withMessageContaining("at most 128 characters");
		assertThatIllegalArgumentException().isThrownBy(() -> RequestOptions.builder().idempotencyKey("a\r\nb"))
			.withMessageContaining("printable ASCII");
	}

	@ParameterizedTest
	@ValueSource(strings = { ".", "..", "%2e", "%2E%2e", ".%2E", "%2e.", "", "   ", "cp_1\r\nHost: evil", "cp\u0000" })
	void idsThatCouldSteerThePathAreRefused(String id) {
		assertThatExceptionOfType(VictorValidationException.class).isThrownBy(() -> this.client.getCounterparty(id))
			.satisfies((ex) -> assertThat(ex.getViolations()).singleElement()
				.satisfies((violation) -> assertThat(violation.field()).isEqualTo("victorCounterpartyId")));
		assertThatExceptionOfType(VictorValidationException.class)
			.isThrownBy(() -> this.client.getTransaction(id).block());
	}

	@Test
	void amountsMustBePositiveWithAtMostTwoDecimals() {
		assertViolation((ach) -> ach.amount(BigDecimal.ZERO), "amount", "must be greater than 0");
		assertViolation((ach) -> ach.amount(new BigDecimal("-5.00")), "amount", "must be greater than 0");
		assertViolation((ach) -> ach.amount(new BigDecimal("1.005")), "amount", "must have at most 2 decimals");
		assertViolation((ach) -> ach.amount(null), "amount", "is required");
		assertViolation((ach) -> ach.amount(new BigDecimal("1E+309")), "amount", "must be at most 9999999999.99");
		assertViolation((ach) -> ach.amount(Money.MAX_AMOUNT.add(new BigDecimal("0.01"))), "amount",
				"must be at most 9999999999.99");
	}

	@Test
	void lengthLimitsAndDependentFieldsAreChecked() {
		assertViolation((ach) -> ach.companyName("x".repeat(17)), "company_name", "at most 16 characters");
		assertViolation((ach) -> ach.companyId("1234567890A").companyName("Acme"), "company_id",
				"at most 10 characters");
		assertViolation((ach) -> ach.companyId("1234567890"), "company_name", "is required when company_id is set");
		assertViolation((ach) -> ach.companyEntryDescription("x".repeat(11)), "company_entry_description",
				"at most 10 characters");
		assertViolation((ach) -> ach.clientReferenceId("x".repeat(129)), "client_reference_id",
				"at most 128 characters");
		assertViolation((ach) -> ach.addenda("x".repeat(101)), "addenda", "at most 100 characters");
		assertViolation((ach) -> ach.secCode(SecCode.UNKNOWN), "sec_code", "not UNKNOWN");
	}

	@Test
	void everyMissingRequiredFieldIsListedAtOnce() {
		assertThatExceptionOfType(VictorValidationException.class)
			.isThrownBy(() -> this.client.createAchPayment(NewAchPaymentRequest.builder().build()))
			.satisfies((ex) -> assertThat(ex.getViolations()).extracting(VictorFieldError::field)
				.containsExactly("from_account_number", "counterparty_id", "amount", "direction", "sec_code"))
			.withMessageStartingWith("Invalid NewAchPaymentRequest: from_account_number: is required; ");
		assertThatExceptionOfType(VictorValidationException.class)
			.isThrownBy(() -> this.client.createBookTransfer(CreateBookTransferRequest.builder().build()))
			.satisfies((ex) -> assertThat(ex.getViolations()).hasSize(3));
	}

	@Test
	void counterpartiesNeedANameAndNineDigitRoutingNumbers() {
		assertThatExceptionOfType(VictorValidationException.class)
			.isThrownBy(() -> this.client.createCounterparty(NewCounterpartyRequest.builder()
				.achInfo(CounterpartyAchInfo.builder().accountNumber("1").routingNumber("12345").build())
				.build()))
			.satisfies((ex) -> assertThat(ex.getViolations()).extracting(VictorFieldError::field)
				.containsExactly("account_name", "counterparty_ach_info.routing_number"));
	}

	private void assertViolation(Consumer<NewAchPaymentRequestBuilder> change, String field, String message) {
		NewAchPaymentRequestBuilder ach = NewAchPaymentRequest.builder()
			.fromAccountNumber("1234567890")
			.counterpartyId("cp_1")
			.amount(new BigDecimal("10.00"))
			.direction(AchDirection.DEBIT)
			.secCode(SecCode.PPD);
		change.accept(ach);
		NewAchPaymentRequest request = ach.build();
		assertThatExceptionOfType(VictorValidationException.class)
			.isThrownBy(() -> this.client.createAchPayment(request))
			.satisfies((ex) -> assertThat(ex.getViolations()).singleElement().satisfies((violation) -> {
				assertThat(violation.field()).isEqualTo(field);
				assertThat(violation.message()).contains(message);
			}));
	}

}

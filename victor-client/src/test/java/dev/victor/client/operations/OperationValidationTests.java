package dev.victor.client.operations;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.error.VictorFieldError;
import dev.victor.client.error.VictorValidationException;
import dev.victor.client.model.CounterpartyWireInfo;
import dev.victor.client.model.CreateRtpSendRequest;
import dev.victor.client.model.LedgeringAccountCreateRequest;
import dev.victor.client.model.NewPaymentRequest;
import dev.victor.client.model.NewWebhookRequest;
import dev.victor.client.model.PagedRequest;
import dev.victor.client.model.PaymentRequestDecision;
import dev.victor.client.model.RoutingNumberType;
import dev.victor.client.model.RtpParty;
import dev.victor.client.model.RtpPaymentDetails;
import dev.victor.client.model.SweepRequest;
import dev.victor.client.model.TransactionStatus;
import dev.victor.client.model.TransactionsFilter;
import dev.victor.client.model.UpdateAchPaymentRequest;
import dev.victor.client.model.UpdateCounterpartyRequest;
import dev.victor.client.model.WebhookDeliveriesFilter;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.TestClients;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Requests of every operation that break Victor's documented constraints are refused when
 * the method is called, listing every violated field, and nothing reaches the server.
 */
class OperationValidationTests {

	private ScriptedHttpServer server;

	private VictorPaymentsClient client;

	@BeforeEach
	void start() throws Exception {
		this.server = new ScriptedHttpServer((request) -> Action.respond(200, "{}"));
		this.client = TestClients.builder(this.server.baseUrl()).build();
	}

	@AfterEach
	void stop() throws Exception {
		assertThat(this.server.requests()).as("requests that reached the server").isEmpty();
		this.server.close();
	}

	@Test
	void rtpSendsListEveryMissingAndMalformedNestedField() {
		CreateRtpSendRequest request = CreateRtpSendRequest.builder()
			.payee(RtpParty.builder().name("x".repeat(141)).accountNumber("987654").routingNumber("5150459").build())
			.paymentDetails(RtpPaymentDetails.builder().amount(new BigDecimal("1.001")).build())
			.clientReferenceId("r".repeat(129))
			.build();
		assertFields(() -> this.client.createRtpSendRequest(request), "payee.name", "payee.routing_number", "payer",
				"payment_details.amount", "client_reference_id");
	}

	@Test
	void sweepsNeedBothAccountsAndANonNegativeTargetInCents() {
		assertFields(() -> this.client.createSweep(SweepRequest.builder().targetBalance(new BigDecimal("-1")).build()),
				"from_account_number", "to_account_number", "target_balance");
		assertFields(() -> this.client.updateSweep(5,
				SweepRequest.builder()
					.fromAccountNumber("1")
					.toAccountNumber("2")
					.targetBalance(new BigDecimal("0.005"))
					.build()),
				"target_balance");
	}

	@Test
	void anAchPaymentCanOnlyBeUpdatedToCancelled() {
		assertFields(() -> this.client.updateAchPayment("tx_1", new UpdateAchPaymentRequest(TransactionStatus.SUCCESS)),
				"status");
		assertFields(() -> this.client.updateAchPayment("tx_1", new UpdateAchPaymentRequest(null)), "status");
		assertFields(() -> this.client.updateAchPayment(" ", UpdateAchPaymentRequest.cancel()), "victorTransactionId");
	}

	@Test
	void aCounterpartyUpdateMustChangeSomethingAndKeepRoutingNumbersValid() {
		assertFields(() -> this.client.updateCounterparty("cp_1", UpdateCounterpartyRequest.builder().build()),
				"account_name, counterparty_ach_info, counterparty_wire_info, counterparty_rtp_info or address");
		assertFields(() -> this.client.updateCounterparty("cp_1",
				UpdateCounterpartyRequest.builder()
					.wireInfo(CounterpartyWireInfo.builder().routingNumber("12345678X").build())
					.build()),
				"counterparty_wire_info.routing_number");
	}

	@Test
	void routingNumbersAreNineDigitsAndTheTypeIsKnown() {
		assertFields(() -> this.client.getInstantPaymentEligibility("12345"), "routingNumber");
		assertThatExceptionOfType(VictorValidationException.class)
			.isThrownBy(() -> this.client.getInstantPaymentEligibility("12345"))
			.withMessage(
					"Invalid instantPaymentBankEligibility: routingNumber: must be a routing number of exactly 9 digits");
		assertThatExceptionOfType(VictorValidationException.class)
			.isThrownBy(() -> this.client.updateCounterparty("cp_1",
					UpdateCounterpartyRequest.builder()
						.wireInfo(CounterpartyWireInfo.builder().routingNumber("12345").build())
						.build()))
			.withMessageEndingWith(
					"counterparty_wire_info.routing_number: must be a routing number of exactly 9 digits");
		assertFields(() -> this.client.validateRoutingNumber("05150459a", RoutingNumberType.ACH), "routingNumber");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.validateRoutingNumber("051504597", RoutingNumberType.UNKNOWN))
			.withMessage("type must be ACH or WIRE");
	}

	@Test
	void ledgeringAccountsNeedAProgramAndAName() {
		assertFields(() -> this.client.createLedgeringAccount(LedgeringAccountCreateRequest.builder().build()),
				"ledgering_program_id", "account_name");
	}

	@Test
	void requestsForPaymentAndDecisionsAreChecked() {
		assertFields(
				() -> this.client.requestPayment(
						NewPaymentRequest.builder().amount(BigDecimal.ZERO).description("d".repeat(141)).build()),
				"to_account_number", "counterparty_id", "amount", "description");
		assertFields(() -> this.client.respondToPaymentRequest(PaymentRequestDecision.builder().build()),
				"victor_payment_request_id", "action");
	}

	@Test
	void webhooksNeedAnAbsoluteHttpsUrl() {
		assertFields(() -> this.client.createWebhook(NewWebhookRequest.builder().build()), "url");
		assertFields(() -> this.client.createWebhook(NewWebhookRequest.builder().url("http://example.test/h").build()),
				"url");
		assertFields(() -> this.client.createWebhook(NewWebhookRequest.builder().url("/hooks").build()), "url");
	}

	@Test
	void listFiltersAreCheckedBeforeTheFirstPage() {
		assertFields(() -> this.client.listTransactions(TransactionsFilter.builder().build()), "victor_account_id");
		assertFields(() -> this.client.getTransactionsPage(TransactionsFilter.builder()
			.victorAccountId("acc_1")
			.startDate(LocalDate.of(2026, 11, 25))
			.endDate(LocalDate.of(2026, 11, 1))
			.build(), PagedRequest.first()), "end_date");
		assertFields(() -> this.client.listWebhookDeliveries(WebhookDeliveriesFilter.builder()
			.startDate(LocalDate.of(2026, 11, 25))
			.endDate(LocalDate.of(2026, 11, 24))
			.build()), "end_date");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.listTransactions(null))
			.withMessage("filter must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.getCounterpartiesPage(null))
			.withMessage("page must not be null");
	}

	@Test
	void pageRequestsAreBounded() {
		assertThatIllegalArgumentException().isThrownBy(() -> PagedRequest.of(0, 10))
			.withMessage("page must be at least 1 but was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> PagedRequest.of(1, 0))
			.withMessage("pageSize must be between 1 and 1000 but was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> PagedRequest.of(1, 1001));
	}

	@Test
	void nullRequestsAndBlankIdsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.createSweep(null))
			.withMessage("request must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.createWebhook(null))
			.withMessage("request must not be null");
		assertFields(() -> this.client.getAchPayment(""), "victorTransactionId");
		assertFields(() -> this.client.getAccount(null, true), "victorAccountId");
	}

	private static void assertFields(ThrowingCallable call, String... fields) {
		assertThatExceptionOfType(VictorValidationException.class).isThrownBy(call)
			.satisfies(
					(ex) -> assertThat(ex.getViolations()).extracting(VictorFieldError::field).containsExactly(fields));
	}

}

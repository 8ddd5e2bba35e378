package dev.victor.client.operations;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.victor.client.RequestOptions;
import dev.victor.client.VictorOperation;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.model.AccountDetails;
import dev.victor.client.model.AccountListItem;
import dev.victor.client.model.AccountsFilter;
import dev.victor.client.model.Counterparty;
import dev.victor.client.model.CounterpartyRtpInfo;
import dev.victor.client.model.CreateBookExternalTransferRequest;
import dev.victor.client.model.CreateBookTransferRequest;
import dev.victor.client.model.CreateRtpSendRequest;
import dev.victor.client.model.InstantPaymentEligibility;
import dev.victor.client.model.LedgeringAccountCreateRequest;
import dev.victor.client.model.LedgeringAccountCreateResponse;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.client.model.NewPaymentRequest;
import dev.victor.client.model.NewWebhookRequest;
import dev.victor.client.model.PagedRequest;
import dev.victor.client.model.PagedResponse;
import dev.victor.client.model.PaymentRequest;
import dev.victor.client.model.PaymentRequestDecision;
import dev.victor.client.model.PaymentRequestDirection;
import dev.victor.client.model.PaymentRequestsFilter;
import dev.victor.client.model.RoutingNumberType;
import dev.victor.client.model.RoutingNumberValidation;
import dev.victor.client.model.RtpParty;
import dev.victor.client.model.RtpPaymentDetails;
import dev.victor.client.model.Sweep;
import dev.victor.client.model.SweepRequest;
import dev.victor.client.model.TransactionDetails;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.client.model.TransactionStatus;
import dev.victor.client.model.TransactionsFilter;
import dev.victor.client.model.UpdateAchPaymentRequest;
import dev.victor.client.model.UpdateCounterpartyRequest;
import dev.victor.client.model.WebhookConfiguration;
import dev.victor.client.model.WebhookDeliveriesFilter;
import dev.victor.client.model.WebhookDelivery;
import dev.victor.testsupport.JsonTrees;
import dev.victor.testsupport.JwtAssertions;
import dev.victor.testsupport.LoopbackServers;
import dev.victor.testsupport.TestClients;
import dev.victor.testsupport.TestKeys;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Victor operation against a loopback server: the request as recorded (method, path
 * and query, headers, signed JWT, body), the decoded response, and the metric's
 * {@code operation} and {@code uri} tags.
 */
class VictorOperationsTests {

	private static final String IDEMPOTENCY_KEY = "caller-key-1";

	private final MockWebServer server = LoopbackServers.mockWebServer();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@AfterEach
	void stop() throws IOException {
		this.server.shutdown();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("calls")
	void sendsTheDocumentedRequestAndDecodesTheResponse(Call call) throws Exception {
		this.server.enqueue(LoopbackServers.json(200, call.response));

		List<Object> decoded = Flux.from(call.invocation.apply(client())).cast(Object.class).collectList().block();

		RecordedRequest request = this.server.takeRequest(5, TimeUnit.SECONDS);
		assertThat(request).isNotNull();
		assertThat(request.getMethod()).isEqualTo(call.operation.method().name());
		assertThat(request.getPath()).isEqualTo(call.pathAndQuery);
		assertThat(request.getHeader("Accept")).isEqualTo("application/json");
		JwtAssertions.verify(request.getHeader("Authorization").substring("Token ".length()),
				TestKeys.publicKey(TestKeys.rsa2048()), TestClients.API_KEY);
		if (call.operation.idempotencyKeyAccepted()) {
			assertThat(request.getHeader("Idempotency-Key")).isEqualTo(IDEMPOTENCY_KEY);
		}
		else {
			assertThat(request.getHeader("Idempotency-Key")).isNull();
		}
		if (call.body != null) {
			assertThat(request.getHeader("Content-Type")).startsWith("application/json");
			assertThat(JsonTrees.tree(request.getBody().readUtf8())).isEqualTo(JsonTrees.tree(call.body));
		}
		else {
			assertThat(request.getBodySize()).isZero();
		}
		call.check.accept(decoded);
		assertThat(this.server.getRequestCount()).isEqualTo(1);

		Timer timer = this.meters.get("victor.client.requests").timer();
		assertThat(timer.getId().getTags()).contains(Tag.of("operation", call.operation.operationId()),
				Tag.of("uri", call.operation.pathTemplate()), Tag.of("method", call.operation.method().name()),
				Tag.of("outcome", "SUCCESS"));
	}

	@Test
	void everyOperationIsCovered() {
		Set<VictorOperation> covered = calls().map(Call::operation).collect(Collectors.toSet());
		assertThat(EnumSet.allOf(VictorOperation.class)).isEqualTo(covered);
	}

	private VictorPaymentsClient client() {
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
		return TestClients.builder(LoopbackServers.baseUrl(this.server)).observationRegistry(observations).build();
	}

	static Stream<Call> calls() {
		RequestOptions key = RequestOptions.builder().idempotencyKey(IDEMPOTENCY_KEY).build();
		return Stream.of(
				// Accounts
				new Call("listAccounts(filter)", VictorOperation.GET_ACCOUNTS,
						(victor) -> victor.listAccounts(AccountsFilter.builder().accountType("checking").build()),
						"/v2/accounts?account_type=checking&page=1&page_size=100", null, """
								{"data":[{"victor_account_id":"acc_1","account_name":"Ops","available_balance":10.25,
								"created_at":1764065730000,"new_field":"kept"}]}""",
						only(AccountListItem.class, (account) -> {
							assertThat(account.victorAccountId()).isEqualTo("acc_1");
							assertThat(account.availableBalance()).isEqualByComparingTo("10.25");
							assertThat(account.createdAt()).isEqualTo(Instant.ofEpochMilli(1764065730000L));
							assertThat(account.extras()).containsEntry("new_field", "kept");
						})),
				new Call("getAccountsPage", VictorOperation.GET_ACCOUNTS,
						(victor) -> victor.getAccountsPage(AccountsFilter.all(), PagedRequest.of(2, 10)),
						"/v2/accounts?page=2&page_size=10", null, """
								{"data":[{"victor_account_id":"acc_11"}],"page":2,"page_size":10,"total_pages":3,
								"total_count":25}""", only(PagedResponse.class, (page) -> {
							assertThat(page.page()).isEqualTo(2);
							assertThat(page.pageSize()).isEqualTo(10);
							assertThat(page.totalPages()).isEqualTo(3);
							assertThat(page.totalCount()).isEqualTo(25L);
							assertThat(((AccountListItem) page.data().get(0)).victorAccountId()).isEqualTo("acc_11");
						})),
				new Call("getAccount", VictorOperation.GET_ACCOUNT, (victor) -> victor.getAccount("acc_7"),
						"/v2/accounts/acc_7", null,
						"{\"victor_account_id\":\"acc_7\",\"current_balance\":99.5,\"balance_updated_at\":1764065730000}",
						only(AccountDetails.class, (account) -> {
							assertThat(account.currentBalance()).isEqualByComparingTo("99.50");
							assertThat(account.balanceUpdatedAt()).isEqualTo(Instant.ofEpochMilli(1764065730000L));
						})),
				new Call("getAccount(refreshBalance)", VictorOperation.GET_ACCOUNT,
						(victor) -> victor.getAccount("acc_7", true), "/v2/accounts/acc_7?refresh_balance=true", null,
						"{\"victor_account_id\":\"acc_7\"}",
						only(AccountDetails.class,
								(account) -> assertThat(account.victorAccountId()).isEqualTo("acc_7"))),
				// Account sweeping
				new Call("getAccountSweeps", VictorOperation.GET_ACCOUNT_SWEEPS, VictorPaymentsClient::getAccountSweeps,
						"/v2/sweep", null, "[{\"sweep_id\":5,\"target_balance\":1000.00},{\"id\":6}]",
						(items) -> assertThat(items).extracting((item) -> ((Sweep) item).sweepId())
							.containsExactly(5L, 6L)),
				new Call("createSweep", VictorOperation.CREATE_SWEEP, (victor) -> victor.createSweep(sweep(), key),
						"/v2/sweep", """
								{"from_account_number":"111","to_account_number":"222","target_balance":1000.00}""",
						"{\"sweep_id\":5,\"status\":\"Active\",\"created_at\":\"2026-11-25T10:15:30Z\"}",
						only(Sweep.class, (sweep) -> {
							assertThat(sweep.sweepId()).isEqualTo(5L);
							assertThat(sweep.createdAt()).isEqualTo(Instant.parse("2026-11-25T10:15:30Z"));
						})),
				new Call("getAccountSweep", VictorOperation.GET_ACCOUNT_SWEEP, (victor) -> victor.getAccountSweep(5),
						"/v2/sweep/5", null, "{\"sweep_id\":5,\"from_account_number\":\"111\"}",
						only(Sweep.class, (sweep) -> assertThat(sweep.fromAccountNumber()).isEqualTo("111"))),
				new Call("updateSweep", VictorOperation.UPDATE_SWEEP, (victor) -> victor.updateSweep(5, sweep()),
						"/v2/sweep/5", """
								{"from_account_number":"111","to_account_number":"222","target_balance":1000.00}""",
						"{\"sweep_id\":5,\"target_balance\":1000.00}",
						only(Sweep.class, (sweep) -> assertThat(sweep.targetBalance()).isEqualByComparingTo("1000"))),
				// Transactions
				new Call("listTransactions", VictorOperation.GET_TRANSACTIONS,
						(victor) -> victor.listTransactions(TransactionsFilter.builder()
							.victorAccountId("acc_1")
							.startDate(LocalDate.of(2026, 11, 1))
							.endDate(LocalDate.of(2026, 11, 25))
							.transactionType("ach & wire")
							.build()),
						"/v2/transactions?victor_account_id=acc_1&start_date=2026-11-01&end_date=2026-11-25"
								+ "&transaction_type=ach%20%26%20wire&page=1&page_size=100",
						null, "{\"data\":[{\"victor_transaction_id\":\"tx_1\",\"status\":\"On Hold\"}]}",
						only(TransactionDetails.class,
								(tx) -> assertThat(tx.status()).isEqualTo(TransactionStatus.ON_HOLD))),
				new Call("getTransaction", VictorOperation.GET_TRANSACTION_BY_ID,
						(victor) -> victor.getTransaction("my-ref-1"), "/v2/transactions/my-ref-1", null,
						"{\"victor_transaction_id\":\"tx_9\",\"status\":\"Success\",\"amount\":5}",
						only(TransactionDetails.class, (tx) -> assertThat(tx.amount()).isEqualByComparingTo("5"))),
				// Payments
				new Call("createAchPayment", VictorOperation.CREATE_ACH_PAYMENT,
						(victor) -> victor.createAchPayment(TestClients.achPayment(), key), "/v2/payments/ach", """
								{"from_account_number":"1234567890","counterparty_id":"cp_1","amount":12.34,
								"direction":"credit","sec_code":"ccd","client_reference_id":"caller-key-1"}""",
						TestClients.RECEIPT, receipt("tx_1")),
				new Call("getAchPayment", VictorOperation.GET_ACH_PAYMENT, (victor) -> victor.getAchPayment("tx_1"),
						"/v2/payments/ach/tx_1", null, "{\"victor_transaction_id\":\"tx_1\",\"status\":\"Pending\"}",
						only(TransactionDetails.class,
								(tx) -> assertThat(tx.status()).isEqualTo(TransactionStatus.PENDING))),
				new Call("updateAchPayment", VictorOperation.UPDATE_ACH_PAYMENT,
						(victor) -> victor.updateAchPayment("tx_1", UpdateAchPaymentRequest.cancel()),
						"/v2/payments/ach/tx_1", "{\"status\":\"Cancelled\"}",
						"{\"victor_transaction_id\":\"tx_1\",\"status\":\"cancelled\"}",
						only(TransactionDetails.class,
								(tx) -> assertThat(tx.status()).isEqualTo(TransactionStatus.CANCELLED))),
				new Call("createRtpSendRequest", VictorOperation.CREATE_RTP_SEND_REQUEST,
						(victor) -> victor.createRtpSendRequest(rtpSend(), key), "/v2/payments/rtp", """
								{"payee":{"name":"Acme","account_number":"987654","routing_number":"051504597"},
								"payer":{"name":"Us","account_number":"123456","routing_number":"021000021"},
								"payment_details":{"amount":250.00,"description":"Invoice 42"},
								"client_reference_id":"inv-42"}""",
						"{\"victor_transaction_id\":\"tx_rtp\",\"status\":\"Pending\"}", receipt("tx_rtp")),
				// Book transfers
				new Call("createBookTransfer", VictorOperation.CREATE_BOOK_TRANSFER,
						(victor) -> victor.createBookTransfer(CreateBookTransferRequest.builder()
							.originatingAccountNumber("111")
							.destinationAccountNumber("222")
							.amount(new BigDecimal("10.00"))
							.build(), key),
						"/v2/transfers/book", """
								{"originating_account_number":"111","destination_account_number":"222",
								"amount":10.00,"book_type":"internal","client_reference_id":"caller-key-1"}""",
						"{\"victor_transaction_id\":\"tx_b\"}", receipt("tx_b")),
				new Call("createBookExternalTransfer", VictorOperation.CREATE_BOOK_EXTERNAL_TRANSFER,
						(victor) -> victor.createBookExternalTransfer(CreateBookExternalTransferRequest.builder()
							.originatingAccountNumber("111")
							.destinationAccountNumber("333")
							.amount(new BigDecimal("10.00"))
							.clientReferenceId("ref-7")
							.build(), key),
						"/v2/transfers/book/external", """
								{"originating_account_number":"111","destination_account_number":"333",
								"amount":10.00,"client_reference_id":"ref-7","book_type":"external"}""",
						"{\"victor_transaction_id\":\"tx_e\"}", receipt("tx_e")),
				// Counterparties
				new Call("listCounterparties", VictorOperation.GET_COUNTERPARTIES,
						VictorPaymentsClient::listCounterparties, "/v2/counterparties?page=1&page_size=100", null,
						"{\"data\":[{\"id\":\"cp_1\"},{\"victor_counterparty_id\":\"cp_2\"}]}",
						(items) -> assertThat(items).extracting((item) -> ((Counterparty) item).victorCounterpartyId())
							.containsExactly("cp_1", "cp_2")),
				new Call("getCounterpartiesPage", VictorOperation.GET_COUNTERPARTIES,
						(victor) -> victor.getCounterpartiesPage(PagedRequest.of(3, 50)),
						"/v2/counterparties?page=3&page_size=50", null, "{\"items\":[{\"id\":\"cp_101\"}],\"page\":3}",
						only(PagedResponse.class, (page) -> assertThat(page.data()).hasSize(1))),
				new Call("createCounterparty", VictorOperation.CREATE_COUNTERPARTY,
						(victor) -> victor.createCounterparty(
								NewCounterpartyRequest.builder().accountName("Acme").rtpInfo(rtpInfo()).build()),
						"/v2/counterparties", """
								{"account_name":"Acme",
								"counterparty_rtp_info":{"account_number":"987654","routing_number":"051504597"}}""",
						"{\"id\":\"cp_1\",\"account_name\":\"Acme\"}", counterparty("cp_1")),
				new Call("getCounterparty", VictorOperation.GET_COUNTERPARTY,
						(victor) -> victor.getCounterparty("cp_1"), "/v2/counterparties/cp_1", null,
						"{\"id\":\"cp_1\"}", counterparty("cp_1")),
				new Call("updateCounterparty", VictorOperation.UPDATE_COUNTERPARTY,
						(victor) -> victor.updateCounterparty("cp_1",
								UpdateCounterpartyRequest.builder().rtpInfo(rtpInfo()).build()),
						"/v2/counterparties/cp_1",
						"{\"counterparty_rtp_info\":{\"account_number\":\"987654\",\"routing_number\":\"051504597\"}}",
						"{\"id\":\"cp_1\",\"counterparty-rtp-info\":{\"routing_number\":\"051504597\"}}",
						only(Counterparty.class,
								(counterparty) -> assertThat(counterparty.rtpInfo().routingNumber())
									.isEqualTo("051504597"))),
				// Banking
				new Call("getInstantPaymentEligibility", VictorOperation.INSTANT_PAYMENT_BANK_ELIGIBILITY,
						(victor) -> victor.getInstantPaymentEligibility("051504597"),
						"/v2/banks/instant-payment-eligibility/051504597", null, """
								{"routing_number":"051504597","rtp_eligible":true,"fednow_eligible":false,
								"services":["send","request_for_payment"]}""",
						only(InstantPaymentEligibility.class, (eligibility) -> {
							assertThat(eligibility.rtpEligible()).isTrue();
							assertThat(eligibility.fedNowEligible()).isFalse();
							assertThat(eligibility.services()).containsExactly("send", "request_for_payment");
						})),
				new Call("validateRoutingNumber", VictorOperation.VALIDATE_ROUTING_NUMBER,
						(victor) -> victor.validateRoutingNumber("051504597", RoutingNumberType.WIRE),
						"/v2/banks/routing/051504597?type=wire", null,
						"{\"routing_number\":\"051504597\",\"type\":\"WIRE\",\"valid\":true}",
						only(RoutingNumberValidation.class, (validation) -> {
							assertThat(validation.valid()).isTrue();
							assertThat(validation.type()).isEqualTo(RoutingNumberType.WIRE);
						})),
				// Ledgering
				new Call("createLedgeringAccount", VictorOperation.CREATE_ACCOUNT,
						(victor) -> victor.createLedgeringAccount(LedgeringAccountCreateRequest.builder()
							.ledgeringProgramId(42L)
							.accountName("Wallet 1")
							.build()),
						"/v2/ledgering/account", "{\"ledgering_program_id\":42,\"account_name\":\"Wallet 1\"}",
						"{\"victor_account_id\":\"acc_v1\",\"ledgering_program_id\":42}",
						only(LedgeringAccountCreateResponse.class,
								(account) -> assertThat(account.victorAccountId()).isEqualTo("acc_v1"))),
				new Call("listLedgeringAccounts", VictorOperation.GET_LEDGERING_ACCOUNTS,
						(victor) -> victor.listLedgeringAccounts(42), "/v2/ledgering/42/accounts?page=1&page_size=100",
						null, "{\"data\":[{\"victor_account_id\":\"acc_v1\",\"ledgering_program_id\":42}]}",
						only(AccountListItem.class,
								(account) -> assertThat(account.ledgeringProgramId()).isEqualTo(42L))),
				// Payment requests
				new Call("listPaymentRequests(filter)", VictorOperation.LIST_PAYMENT_REQUESTS,
						(victor) -> victor.listPaymentRequests(
								PaymentRequestsFilter.builder().direction(PaymentRequestDirection.INBOUND).build()),
						"/v2/payment-requests?direction=INBOUND&page=1&page_size=100", null,
						"{\"data\":[{\"victor_payment_request_id\":\"a7ffd43c37c1\",\"direction\":\"INBOUND\"}]}",
						only(PaymentRequest.class,
								(rfp) -> assertThat(rfp.direction()).isEqualTo(PaymentRequestDirection.INBOUND))),
				new Call("requestPayment", VictorOperation.REQUEST_PAYMENT,
						(victor) -> victor.requestPayment(NewPaymentRequest.builder()
							.toAccountNumber("123456")
							.counterpartyId("cp_1")
							.amount(new BigDecimal("75.10"))
							.description("Invoice 43")
							.build()),
						"/v2/payment-requests/request-payment", """
								{"to_account_number":"123456","counterparty_id":"cp_1","amount":75.10,
								"description":"Invoice 43"}""",
						"{\"victor_payment_request_id\":\"a7ffd43c37c1\",\"direction\":\"OUTBOUND\"}",
						only(PaymentRequest.class, (rfp) -> {
							assertThat(rfp.victorPaymentRequestId()).isEqualTo("a7ffd43c37c1");
							assertThat(rfp.direction()).isEqualTo(PaymentRequestDirection.OUTBOUND);
						})),
				new Call("respondToPaymentRequest", VictorOperation.RESPOND_TO_PAYMENT_REQUEST,
						(victor) -> victor
							.respondToPaymentRequest(PaymentRequestDecision.reject("a7ffd43c37c1", "Not ours")),
						"/v2/payment-requests/respond-to-request",
						"""
								{"victor_payment_request_id":"a7ffd43c37c1","action":"reject","decline_reason":"Not ours"}""",
						"{\"victor_payment_request_id\":\"a7ffd43c37c1\",\"status\":\"Declined\"}",
						only(PaymentRequest.class,
								(rfp) -> assertThat(rfp.status()).isEqualTo(TransactionStatus.DECLINED))),
				// Webhooks
				new Call("listWebhooks", VictorOperation.GET_WEBHOOKS, VictorPaymentsClient::listWebhooks,
						"/v2/webhooks?page=1&page_size=100", null,
						"{\"data\":[{\"victor_webhook_id\":\"wh_1\",\"url\":\"https://example.test/hooks\"}]}",
						only(WebhookConfiguration.class,
								(webhook) -> assertThat(webhook.victorWebhookId()).isEqualTo("wh_1"))),
				new Call("createWebhook", VictorOperation.CREATE_WEBHOOK,
						(victor) -> victor
							.createWebhook(NewWebhookRequest.builder().url("https://example.test/hooks").build()),
						"/v2/webhooks", "{\"url\":\"https://example.test/hooks\"}",
						"{\"id\":\"wh_1\",\"url\":\"https://example.test/hooks\"}",
						only(WebhookConfiguration.class,
								(webhook) -> assertThat(webhook.victorWebhookId()).isEqualTo("wh_1"))),
				new Call("listWebhookDeliveries(filter)", VictorOperation.GET_WEBHOOK_DELIVERIES,
						(victor) -> victor
							.listWebhookDeliveries(WebhookDeliveriesFilter.builder().victorWebhookId("wh_1").build()),
						"/v2/webhooks/deliveries?victor_webhook_id=wh_1&page=1&page_size=100", null,
						"{\"data\":[{\"id\":\"d_1\",\"webhook_id\":\"wh_1\",\"http_status\":200}]}",
						only(WebhookDelivery.class, (delivery) -> {
							assertThat(delivery.victorDeliveryId()).isEqualTo("d_1");
							assertThat(delivery.httpStatus()).isEqualTo(200);
						})));
	}

	private static SweepRequest sweep() {
		return SweepRequest.builder()
			.fromAccountNumber("111")
			.toAccountNumber("222")
			.targetBalance(new BigDecimal("1000.00"))
			.build();
	}

	private static CounterpartyRtpInfo rtpInfo() {
		return CounterpartyRtpInfo.builder().accountNumber("987654").routingNumber("051504597").build();
	}

	private static CreateRtpSendRequest rtpSend() {
		return CreateRtpSendRequest.builder()
			.payee(RtpParty.builder().name("Acme").accountNumber("987654").routingNumber("051504597").build())
			.payer(RtpParty.builder().name("Us").accountNumber("123456").routingNumber("021000021").build())
			.paymentDetails(
					RtpPaymentDetails.builder().amount(new BigDecimal("250.00")).description("Invoice 42").build())
			.clientReferenceId("inv-42")
			.build();
	}

	private static Consumer<List<Object>> receipt(String victorTransactionId) {
		return only(TransactionReceipt.class,
				(receipt) -> assertThat(receipt.victorTransactionId()).isEqualTo(victorTransactionId));
	}

	private static Consumer<List<Object>> counterparty(String victorCounterpartyId) {
		return only(Counterparty.class,
				(counterparty) -> assertThat(counterparty.victorCounterpartyId()).isEqualTo(victorCounterpartyId));
	}

	private static <T> Consumer<List<Object>> only(Class<T> type, Consumer<T> check) {
		return (items) -> {
			assertThat(items).singleElement().isInstanceOf(type);
			check.accept(type.cast(items.get(0)));
		};
	}

	/**
	 * One call of an operation: how to make it, what must reach the server, what Victor
	 * answers and what the caller must get.
	 */
	record Call(String name, VictorOperation operation, Function<VictorPaymentsClient, Publisher<?>> invocation,
			String pathAndQuery, String body, String response, Consumer<List<Object>> check) {

		@Override
		public String toString() {
			return this.name;
		}

	}

}

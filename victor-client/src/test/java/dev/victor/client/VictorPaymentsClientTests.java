package dev.victor.client;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.victor.client.model.AchDirection;
import dev.victor.client.model.Counterparty;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.SecCode;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.client.model.TransactionStatus;
import dev.victor.testsupport.JsonTrees;
import dev.victor.testsupport.JwtAssertions;
import dev.victor.testsupport.LoopbackServers;
import dev.victor.testsupport.TestKeys;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VictorPaymentsClientTests {

	private static final String API_KEY = "65b6f047-c618-485b-a878-833ac3649ec2";

	private static final String RECEIPT = """
			{"victor_transaction_id":"tx_1","status":"Pending","amount":12.34,"created_at":"2026-11-25T10:15:30Z"}""";

	private MockWebServer server;

	private VictorPaymentsClientBuilder builder;

	private VictorPaymentsClient client;

	@BeforeEach
	void startServer() throws IOException {
		this.server = LoopbackServers.mockWebServer();
		this.builder = VictorPaymentsClient.builder()
			.baseUrl(URI.create(this.server.url("/").toString()))
			.apiKey(API_KEY)
			.privateKey(TestKeys.privateKey(TestKeys.rsa2048()));
		this.client = this.builder.build();
	}

	@AfterEach
	void stopServer() throws IOException {
		this.server.shutdown();
	}

	@Test
	void createAchPaymentSendsASignedSnakeCaseRequestAndDecodesTheReceipt() throws Exception {
		enqueueJson(RECEIPT);
		TransactionReceipt receipt = this.client.createAchPayment(achPayment()).block();

		RecordedRequest request = takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getPath()).isEqualTo("/v2/payments/ach");
		assertThat(request.getHeader("Content-Type")).startsWith(MediaType.APPLICATION_JSON_VALUE);
		assertThat(request.getHeader("Accept")).isEqualTo(MediaType.APPLICATION_JSON_VALUE);
		assertThat(request.getHeader("Idempotency-Key"))
			.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
		assertThat(request.getHeader("Authorization")).startsWith("Token ");
		JWTClaimsSet claims = JwtAssertions.verify(request.getHeader("Authorization").substring("Token ".length()),
				TestKeys.publicKey(TestKeys.rsa2048()), API_KEY);
		assertThat(JwtAssertions.lifetimeSeconds(claims)).isEqualTo(60);
		// the generated key is also the transaction's client reference, to look it up by
		assertThat(JsonTrees.tree(request.getBody().readUtf8())).isEqualTo(JsonTrees.tree("""
				{"from_account_number":"1234567890","counterparty_id":"cp_1","amount":12.34,
				 "direction":"credit","sec_code":"ppd","same_day":true,"client_reference_id":"%s"}"""
			.formatted(request.getHeader("Idempotency-Key"))));

		assertThat(receipt.victorTransactionId()).isEqualTo("tx_1");
		assertThat(receipt.status()).isEqualTo(TransactionStatus.PENDING);
		assertThat(receipt.amount()).isEqualByComparingTo("12.34");
		assertThat(receipt.createdAt()).isEqualTo(Instant.parse("2026-11-25T10:15:30Z"));
	}

	@Test
	void reusesOneCachedTokenAcrossCalls() throws Exception {
		for (int i = 0; i < 3; i++) {
			enqueueJson("{\"victor_counterparty_id\":\"cp_" + i + "\"}");
			this.client.getCounterparty("cp_" + i).block();
		}
		String first = takeRequest().getHeader("Authorization");
		assertThat(takeRequest().getHeader("Authorization")).isEqualTo(first);
		assertThat(takeRequest().getHeader("Authorization")).isEqualTo(first);
	}

	@Test
	void sendsTheCallersIdempotencyKey() throws Exception {
		enqueueJson(RECEIPT);
		this.client
			.createAchPayment(achPayment(), RequestOptions.builder().idempotencyKey("payout-2026-11-25-42").build())
			.block();
		assertThat(takeRequest().getHeader("Idempotency-Key")).isEqualTo("payout-2026-11-25-42");
	}

	@Test
	void resubscribingTheSameMonoRepeatsTheSameCallWithTheSameKey() throws Exception {
		enqueueJson(RECEIPT);
		enqueueJson(RECEIPT);
		enqueueJson(RECEIPT);
		Mono<TransactionReceipt> call = this.client.createAchPayment(achPayment());
		call.block();
		call.block();
		this.client.createAchPayment(achPayment()).block();
		String first = takeRequest().getHeader("Idempotency-Key");
		assertThat(takeRequest().getHeader("Idempotency-Key")).as("same call").isEqualTo(first);
		assertThat(takeRequest().getHeader("Idempotency-Key")).as("another call").isNotEqualTo(first);
	}

	@Test
	void sendsNoIdempotencyKeyWhereVictorTakesNone() throws Exception {
		enqueueJson("{\"victor_counterparty_id\":\"cp_1\"}");
		this.client.getCounterparty("cp_1").block();
		assertThat(takeRequest().getHeader("Idempotency-Key")).isNull();
	}

	@Test
	void encodesPathVariables() throws Exception {
		enqueueJson("{\"id\":\"a/b c\",\"account_name\":\"Acme\"}");
		Counterparty counterparty = this.client.getCounterparty("a/b c").block();
		assertThat(takeRequest().getPath()).isEqualTo("/v2/counterparties/a%2Fb%20c");
		assertThat(counterparty.accountName()).isEqualTo("Acme");
	}

	@Test
	void listCounterpartiesFollowsEveryPageOnlyAsItemsAreConsumed() throws Exception {
		enqueueJson("{\"data\":[{\"id\":\"cp_1\"},{\"id\":\"cp_2\"}],\"page\":1,\"total_pages\":3}");
		enqueueJson("{\"data\":[{\"id\":\"cp_3\"}],\"page\":2,\"total_pages\":3}");
		enqueueJson("{\"data\":[{\"id\":\"cp_4\"}],\"page\":3,\"total_pages\":3}");
		StepVerifier.create(this.client.listCounterparties().map(Counterparty::victorCounterpartyId), 1)
			.expectNext("cp_1")
			.thenAwait(Duration.ofMillis(200))
			.then(() -> assertThat(this.server.getRequestCount()).as("one page fetched for one item").isEqualTo(1))
			.thenRequest(Long.MAX_VALUE)
			.expectNext("cp_2", "cp_3", "cp_4")
			.verifyComplete();
		assertThat(takeRequest().getPath()).isEqualTo("/v2/counterparties?page=1&page_size=100");
		assertThat(takeRequest().getPath()).isEqualTo("/v2/counterparties?page=2&page_size=100");
		assertThat(takeRequest().getPath()).isEqualTo("/v2/counterparties?page=3&page_size=100");
		assertThat(this.server.getRequestCount()).isEqualTo(3);
	}

	@Test
	void listAccountsStopsAtAShortPageWhenNoTotalIsReported() throws Exception {
		enqueueJson("{\"data\":[{\"victor_account_id\":\"acc_1\",\"created_at\":1764065730000}]}");
		StepVerifier.create(this.client.listAccounts()).expectNextCount(1).verifyComplete();
		assertThat(takeRequest().getPath()).isEqualTo("/v2/accounts?page=1&page_size=100");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void readsTransactionsAndAccountsByTheirIds() throws Exception {
		enqueueJson("{\"victor_transaction_id\":\"tx_9\",\"status\":\"Success\",\"amount\":5}");
		enqueueJson("{\"victor_account_id\":\"acc_7\",\"available_balance\":10.25}");
		assertThat(this.client.getTransaction("my-ref-1").block().status()).isEqualTo(TransactionStatus.SUCCESS);
		assertThat(this.client.getAccount("acc_7").block().availableBalance()).isEqualByComparingTo("10.25");
		assertThat(takeRequest().getPath()).isEqualTo("/v2/transactions/my-ref-1");
		assertThat(takeRequest().getPath()).isEqualTo("/v2/accounts/acc_7");
	}

	@Test
	void theVictorWebClientSignsRawCallsAndWritesDatesInUtc() throws Exception {
		WebClient victorWebClient = this.builder.buildWebClient();
		enqueueJson("{}");
		victorWebClient.post()
			.uri("/v2/sweep")
			.bodyValue(Map.of("start_at", OffsetDateTime.parse("2026-11-25T12:15:30+02:00")))
			.retrieve()
			.toBodilessEntity()
			.block();
		RecordedRequest request = takeRequest();
		assertThat(request.getBody().readUtf8()).isEqualTo("{\"start_at\":\"2026-11-25T10:15:30Z\"}");
		JwtAssertions.verify(request.getHeader("Authorization").substring("Token ".length()),
				TestKeys.publicKey(TestKeys.rsa2048()), API_KEY);
	}

	@Test
	void rejectsBadCallsBeforeSendingAnything() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.createAchPayment(null))
			.withMessage("request must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.createAchPayment(achPayment(), null));
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.getCounterparty(" "))
			.withMessage("Invalid getCounterparty: victorCounterpartyId: must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.getTransaction(null));
		assertThat(this.server.getRequestCount()).isZero();
	}

	private static NewAchPaymentRequest achPayment() {
		return NewAchPaymentRequest.builder()
			.fromAccountNumber("1234567890")
			.counterpartyId("cp_1")
			.amount(new BigDecimal("12.34"))
			.direction(AchDirection.CREDIT)
			.secCode(SecCode.PPD)
			.sameDay(true)
			.build();
	}

	private void enqueueJson(String body) {
		this.server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(body));
	}

	private RecordedRequest takeRequest() throws InterruptedException {
		RecordedRequest request = this.server.takeRequest(5, TimeUnit.SECONDS);
		assertThat(request).as("a request reached the server").isNotNull();
		return request;
	}

}

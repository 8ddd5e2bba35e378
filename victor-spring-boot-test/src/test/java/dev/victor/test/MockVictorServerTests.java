package dev.victor.test;

import java.math.BigDecimal;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.victor.client.RequestOptions;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.error.VictorAuthenticationException;
import dev.victor.client.error.VictorBadRequestException;
import dev.victor.client.error.VictorConflictException;
import dev.victor.client.error.VictorFieldError;
import dev.victor.client.error.VictorNotFoundException;
import dev.victor.client.error.VictorServerException;
import dev.victor.client.error.VictorTransportException;
import dev.victor.client.http.VictorHttpSettings;
import dev.victor.client.http.VictorRetrySettings;
import dev.victor.client.model.AccountListItem;
import dev.victor.client.model.AchDirection;
import dev.victor.client.model.Counterparty;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.client.model.SecCode;
import dev.victor.client.model.TransactionDetails;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.client.model.TransactionStatus;
import dev.victor.client.model.TransactionsFilter;
import dev.victor.client.model.UpdateAchPaymentRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MockVictorServerTests {

	private static final MockVictorCredentials credentials = MockVictorCredentials.generate();

	private static MockVictorServer server;

	private static VictorPaymentsClient client;

	@BeforeAll
	static void start() {
		server = credentials.startServer();
		client = VictorPaymentsClient.builder()
			.baseUrl(server.baseUrl())
			.apiKey(credentials.apiKey())
			.privateKey(credentials.privateKey())
			.build();
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void paysACounterpartyAndReadsThePaymentBack() {
		Counterparty counterparty = client
			.createCounterparty(NewCounterpartyRequest.builder().accountName("Acme").build())
			.block();
		TransactionReceipt receipt = client.createAchPayment(payment(counterparty.victorCounterpartyId())).block();
		assertThat(receipt.status()).isEqualTo(TransactionStatus.PENDING);
		assertThat(client.getTransaction(receipt.victorTransactionId()).block().counterpartyId())
			.isEqualTo(counterparty.victorCounterpartyId());
		assertThat(server.requests()).extracting(MockVictorRequest::status).endsWith(200, 200, 200);
		assertThat(server.requests()).allSatisfy((request) -> assertThat(request.header("Authorization")).isNull());
	}

	@ParameterizedTest
	@ValueSource(strings = { "cp_demo", "nope", "cp_", "cp_99999999999999999999999" })
	void idsTheMockNeverIssuedAreNotFoundNeverAServerError(String id) {
		int before = server.requests().size();
		assertThatExceptionOfType(VictorNotFoundException.class).isThrownBy(() -> client.getCounterparty(id).block());
		assertThatExceptionOfType(VictorNotFoundException.class).isThrownBy(() -> client.getTransaction(id).block());
		assertThat(server.requests()).as("404s are not retried").hasSize(before + 2);
	}

	@Test
	void readsListsAndCancelsAPendingAchPaymentOnce() {
		String counterparty = client.createCounterparty(NewCounterpartyRequest.builder().accountName("Cancel").build())
			.block()
			.victorCounterpartyId();
		String id = client.createAchPayment(payment(counterparty)).block().victorTransactionId();
		assertThat(client.getAchPayment(id).block().status()).isEqualTo(TransactionStatus.PENDING);
		String account = client.listAccounts().blockFirst().victorAccountId();
		assertThat(client.listTransactions(TransactionsFilter.builder().victorAccountId(account).build())
			.map(TransactionDetails::victorTransactionId)
			.collectList()
			.block()).contains(id);

		assertThat(client.updateAchPayment(id, UpdateAchPaymentRequest.cancel()).block().status())
			.isEqualTo(TransactionStatus.CANCELLED);
		assertThatExceptionOfType(VictorConflictException.class)
			.isThrownBy(() -> client.updateAchPayment(id, UpdateAchPaymentRequest.cancel()).block());
		assertThat(client.getTransaction(id).block().status()).isEqualTo(TransactionStatus.CANCELLED);
		assertThat(server.requests()).extracting(MockVictorRequest::operation)
			.contains("getAchPayment", "getTransactions", "updateAchPayment");
	}

	@Test
	void replaysTheStoredReceiptForARepeatedKeyAndRefusesAnotherBody() {
		String id = client.createCounterparty(NewCounterpartyRequest.builder().accountName("Replay").build())
			.block()
			.victorCounterpartyId();
		RequestOptions key = RequestOptions.builder().idempotencyKey("mock-replay-1").build();
		TransactionReceipt first = client.createAchPayment(payment(id), key).block();
		TransactionReceipt again = client.createAchPayment(payment(id), key).block();
		assertThat(again).isEqualTo(first);
		NewAchPaymentRequest other = NewAchPaymentRequest.builder()
			.fromAccountNumber("1234567890")
			.counterpartyId(id)
			.amount(new BigDecimal("99.00"))
			.direction(AchDirection.CREDIT)
			.secCode(SecCode.CCD)
			.build();
		assertThatExceptionOfType(WebClientResponseException.class)
			.isThrownBy(() -> client.createAchPayment(other, key).block())
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(422));
	}

	@Test
	void answersInvalidPaymentsWithFieldErrors() {
		WebClient victorWebClient = VictorPaymentsClient.builder()
			.baseUrl(server.baseUrl())
			.apiKey(credentials.apiKey())
			.privateKey(credentials.privateKey())
			.buildWebClient();
		assertThatExceptionOfType(VictorBadRequestException.class)
			.isThrownBy(() -> victorWebClient.post()
				.uri("/v2/payments/ach")
				.bodyValue(Map.of("amount", new BigDecimal("1.001")))
				.retrieve()
				.toBodilessEntity()
				.block())
			.satisfies((ex) -> assertThat(ex.getFieldErrors()).extracting(VictorFieldError::field)
				.contains("amount", "from_account_number", "counterparty_id"));
	}

	@Test
	void listsCounterpartiesPageByPage() {
		for (int i = 0; i < 3; i++) {
			client.createCounterparty(NewCounterpartyRequest.builder().accountName("Listed " + i).build()).block();
		}
		assertThat(client.listCounterparties().map(Counterparty::accountName).collectList().block())
			.contains("Listed 0", "Listed 1", "Listed 2");
	}

	@Test
	void injectedFaultsHitTheNextCallsOfAnOperationOnly() {
		String id = client.createCounterparty(NewCounterpartyRequest.builder().accountName("Faulty").build())
			.block()
			.victorCounterpartyId();
		VictorPaymentsClient noRetry = VictorPaymentsClient.builder()
			.baseUrl(server.baseUrl())
			.apiKey(credentials.apiKey())
			.privateKey(credentials.privateKey())
			.retry(VictorRetrySettings.none())
			.build();
		server.injectFault("createAchPayment", MockFault.status(503), 1);
		assertThatExceptionOfType(VictorServerException.class)
			.isThrownBy(() -> noRetry.createAchPayment(payment(id)).block());
		assertThat(noRetry.createAchPayment(payment(id)).block().status()).isEqualTo(TransactionStatus.PENDING);
		assertThat(noRetry.getCounterparty(id).block()).as("other operations unaffected").isNotNull();
	}

	@Test
	void aDropAfterCommitCreatesThePaymentAndARetryWithTheSameKeyGetsIt() {
		String id = client.createCounterparty(NewCounterpartyRequest.builder().accountName("Dropped").build())
			.block()
			.victorCounterpartyId();
		server.injectFault("createAchPayment", MockFault.dropAfterCommit(), 1);
		TransactionReceipt receipt = client.createAchPayment(payment(id)).block();
		List<MockVictorRequest> attempts = server.requests()
			.stream()
			.filter((request) -> request.operation().equals("createAchPayment"))
			.toList();
		MockVictorRequest dropped = attempts.get(attempts.size() - 2);
		MockVictorRequest retried = attempts.get(attempts.size() - 1);
		assertThat(dropped.status()).as("dropped: no answer").isZero();
		assertThat(retried.header("Idempotency-Key")).isEqualTo(dropped.header("Idempotency-Key"));
		assertThat(client.getTransaction(receipt.victorTransactionId()).block()).isNotNull();
	}

	@Test
	void aDelayFaultRunsIntoTheClientsResponseTimeout() {
		VictorPaymentsClient impatient = VictorPaymentsClient.builder()
			.baseUrl(server.baseUrl())
			.apiKey(credentials.apiKey())
			.privateKey(credentials.privateKey())
			.retry(VictorRetrySettings.none())
			.http(VictorHttpSettings.defaults().withResponseTimeout(Duration.ofMillis(200)))
			.build();
		server.injectFault("getAccounts", MockFault.delay(Duration.ofSeconds(1)), 1);
		assertThatExceptionOfType(VictorTransportException.class).isThrownBy(() -> impatient.listAccounts().blockLast())
			.satisfies((ex) -> assertThat(ex.isRequestSent()).isTrue());
	}

	@Test
	void issuesOAuthTokensAndRefusesThemOnceRevoked() {
		VictorPaymentsClient oauth = VictorPaymentsClient.builder()
			.baseUrl(server.baseUrl())
			.oauth(credentials.apiKey(), credentials.clientSecret())
			.build();
		assertThat(oauth.listAccounts().collectList().block()).extracting(AccountListItem::accountNumber)
			.contains("1234567890");
		server.revokeAccessTokens();
		assertThat(oauth.listAccounts().collectList().block()).as("401, fresh token, one retry").isNotEmpty();
		assertThat(server.requests().stream().filter((r) -> r.operation().equals("getAccessToken")).count())
			.isEqualTo(2);
		VictorPaymentsClient wrong = VictorPaymentsClient.builder()
			.baseUrl(server.baseUrl())
			.oauth(credentials.apiKey(), "wrong-secret")
			.build();
		assertThatExceptionOfType(VictorAuthenticationException.class)
			.isThrownBy(() -> wrong.listAccounts().blockLast());
	}

	@Test
	void readsAccountsAndKeepsWebhooksWithPagedLists() {
		AccountListItem account = client.listAccounts().blockFirst();
		assertThat(client.getAccount(account.victorAccountId()).block().availableBalance())
			.isEqualByComparingTo("100000.00");
		WebClient raw = VictorPaymentsClient.builder()
			.baseUrl(server.baseUrl())
			.apiKey(credentials.apiKey())
			.privateKey(credentials.privateKey())
			.buildWebClient();
		for (int i = 0; i < 3; i++) {
			raw.post()
				.uri("/v2/webhooks")
				.bodyValue(Map.of("url", "https://example.com/hook/" + i))
				.retrieve()
				.toBodilessEntity()
				.block();
		}
		String page2 = raw.get().uri("/v2/webhooks?page=2&page_size=2").retrieve().bodyToMono(String.class).block();
		assertThat(page2).contains("\"total_pages\":2").contains("https://example.com/hook/2");
		assertThatExceptionOfType(VictorBadRequestException.class).isThrownBy(() -> raw.post()
			.uri("/v2/webhooks")
			.bodyValue(Map.of("url", "http://insecure"))
			.retrieve()
			.toBodilessEntity()
			.block());
	}

	@Test
	void refusesIdempotencyKeysOver128Characters() {
		WebClient raw = VictorPaymentsClient.builder()
			.baseUrl(server.baseUrl())
			.apiKey(credentials.apiKey())
			.privateKey(credentials.privateKey())
			.buildWebClient();
		assertThatExceptionOfType(VictorBadRequestException.class).isThrownBy(() -> raw.post()
			.uri("/v2/payments/ach")
			.header("Idempotency-Key", "k".repeat(129))
			.bodyValue(Map.of())
			.retrieve()
			.toBodilessEntity()
			.block());
	}

	@Test
	void refusesRequestsWithoutAValidVictorJwt() throws Exception {
		RSAPrivateKey key = credentials.privateKey();
		Instant now = Instant.now();
		assertRejected(null, "Missing Authorization header");
		assertRejected("Basic abc", "Unsupported authorization scheme");
		assertRejected("Bearer abc", "not issued by this server");
		assertRejected("Token not-a-jwt", "not a signed JWT");
		assertRejected("Token " + sign(MockVictorCredentials.generate().privateKey(), "victor-api",
				credentials.apiKey(), now, now.plusSeconds(60)), "signature does not verify");
		assertRejected("Token " + sign(key, "someone", credentials.apiKey(), now, now.plusSeconds(60)),
				"iss must be victor-api");
		assertRejected("Token " + sign(key, "victor-api", "another-key", now, now.plusSeconds(60)),
				"sub is not a registered API key");
		assertRejected("Token " + sign(key, "victor-api", credentials.apiKey(), now, now.plusSeconds(3601)),
				"exp - iat exceeds 3600s");
		assertRejected(
				"Token " + sign(key, "victor-api", credentials.apiKey(), now.minusSeconds(120), now.minusSeconds(60)),
				"token expired");
	}

	private static void assertRejected(String authorization, String reason) {
		WebClient.RequestHeadersSpec<?> request = WebClient.create(server.baseUrl().toString())
			.get()
			.uri("/v2/counterparties/cp_x");
		if (authorization != null) {
			request = request.header("Authorization", authorization);
		}
		WebClient.RequestHeadersSpec<?> finalRequest = request;
		assertThatExceptionOfType(WebClientResponseException.class)
			.isThrownBy(() -> finalRequest.retrieve().bodyToMono(String.class).block())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
				assertThat(ex.getResponseBodyAsString()).contains(reason);
			});
	}

	private static String sign(RSAPrivateKey key, String issuer, String subject, Instant issued, Instant expires)
			throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS512).type(JOSEObjectType.JWT).build(),
				new JWTClaimsSet.Builder().issuer(issuer)
					.subject(subject)
					.issueTime(Date.from(issued))
					.expirationTime(Date.from(expires))
					.build());
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	private static NewAchPaymentRequest payment(String counterpartyId) {
		return NewAchPaymentRequest.builder()
			.fromAccountNumber("1234567890")
			.counterpartyId(counterpartyId)
			.amount(new BigDecimal("12.34"))
			.direction(AchDirection.CREDIT)
			.secCode(SecCode.CCD)
			.build();
	}

}

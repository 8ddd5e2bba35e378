package dev.victor.sample;

import java.time.Duration;
import java.util.Map;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.test.MockFault;
import dev.victor.test.MockVictorServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /payouts} end to end against the embedded mock Victor.
 */
@SpringBootTest(properties = { "victor.http.response-timeout=500ms", "victor.sample.demo-on-startup=false" })
@AutoConfigureWebTestClient
class PayoutEndpointTests {

	@Autowired
	WebTestClient web;

	@Autowired
	VictorPaymentsClient victor;

	@Autowired
	MockVictorServer mockVictorServer;

	private String counterpartyId;

	@BeforeEach
	void createCounterparty() {
		this.counterpartyId = this.victor
			.createCounterparty(NewCounterpartyRequest.builder().accountName("Acme").build())
			.block()
			.victorCounterpartyId();
	}

	@Test
	void paysTheCounterpartyAndAnswersWithTheReceipt() {
		this.web.post()
			.uri("/payouts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("counterpartyId", this.counterpartyId, "amount", "12.34"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.victorTransactionId")
			.isNotEmpty()
			.jsonPath("$.status")
			.isEqualTo("Pending")
			.jsonPath("$.amount")
			.isEqualTo(12.34);
	}

	@Test
	void aReplayedIdempotencyKeyReturnsTheSameReceipt() {
		String first = payout("payout-replay-1").expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		String second = payout("payout-replay-1").expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(second).isEqualTo(first);
		assertThat(this.mockVictorServer.requests()
			.stream()
			.filter((request) -> "payout-replay-1".equals(request.header("Idempotency-Key")))
			.count()).isEqualTo(2);
	}

	@Test
	void anInvalidPayoutIsA400ProblemAndNothingIsSent() {
		int before = this.mockVictorServer.requests().size();
		this.web.post()
			.uri("/payouts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("counterpartyId", this.counterpartyId, "amount", "0.001"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Invalid payout")
			.jsonPath("$.violations[0].field")
			.isEqualTo("amount");
		assertThat(this.mockVictorServer.requests()).hasSize(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"counterpartyId\":", "{\"counterpartyId\":\"cp_1\",\"amount\":\"abc\"}",
			"{\"counterpartyId\":\"cp_1\",\"amount\":1e400}", "[]" })
	void everyUnusableBodyIsA400ProblemAndNothingIsSent(String body) {
		int before = this.mockVictorServer.requests().size();
		this.web.post()
			.uri("/payouts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mockVictorServer.requests()).hasSize(before);
	}

	@Test
	void anUnknownCounterpartyOrAKeyReusedWithAnotherBodyIsVictorsOwnRefusalWithItsReason() {
		this.web.post()
			.uri("/payouts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("counterpartyId", "cp_nobody", "amount", "5.00"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Victor refused the payout")
			.jsonPath("$.fieldErrors[0].field")
			.isEqualTo("counterparty_id");
		payout("payout-reused").expectStatus().isOk();
		this.web.post()
			.uri("/payouts")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", "payout-reused")
			.bodyValue(Map.of("counterpartyId", this.counterpartyId, "amount", "99.99"))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Idempotency-Key was already used with a different request body")
			.jsonPath("$.idempotencyKey")
			.isEqualTo("payout-reused");
	}

	@Test
	void aFailingVictorIsA502ProblemWithTheKeyToRetryWith() {
		this.mockVictorServer.injectFault("createAchPayment", MockFault.status(503), 3);
		payout("payout-502").expectStatus()
			.isEqualTo(502)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Victor failed")
			.jsonPath("$.idempotencyKey")
			.isEqualTo("payout-502");
	}

	@Test
	void aSilentVictorIsA504ProblemSayingTheOutcomeIsUnknown() {
		this.mockVictorServer.injectFault("createAchPayment", MockFault.delay(Duration.ofSeconds(2)), 3);
		payout("payout-504").expectStatus()
			.isEqualTo(504)
			.expectBody()
			.jsonPath("$.outcomeUnknown")
			.isEqualTo(true)
			.jsonPath("$.idempotencyKey")
			.isEqualTo("payout-504");
	}

	private WebTestClient.ResponseSpec payout(String idempotencyKey) {
		return this.web.mutate()
			.responseTimeout(Duration.ofSeconds(10))
			.build()
			.post()
			.uri("/payouts")
			.header("Idempotency-Key", idempotencyKey)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("counterpartyId", this.counterpartyId, "amount", "25.00"))
			.exchange();
	}

}

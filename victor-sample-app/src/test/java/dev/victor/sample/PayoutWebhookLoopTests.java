package dev.victor.sample;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.test.MockVictorServer;
import dev.victor.test.MockWebhookDelivery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole payment lifecycle on the sample: a payout made through {@code POST /payouts},
 * settled by the embedded mock a moment later, which posts the webhook to the sample's
 * registered URL; the sample reads the status back from Victor and serves it on
 * {@code GET /payouts/{id}}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "victor.sample.demo-on-startup=false", "victor.sample.mock-settle-after=300ms" })
@AutoConfigureWebTestClient
class PayoutWebhookLoopTests {

	@Autowired
	WebTestClient web;

	@Autowired
	VictorPaymentsClient victor;

	@Autowired
	MockVictorServer mockVictorServer;

	@Test
	void aPayoutReachesSuccessThroughAWebhookWithin15Seconds() {
		String counterpartyId = this.victor
			.createCounterparty(NewCounterpartyRequest.builder().accountName("Acme").build())
			.block()
			.victorCounterpartyId();
		TransactionReceipt receipt = this.web.post()
			.uri("/payouts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("counterpartyId", counterpartyId, "amount", "12.34"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(TransactionReceipt.class)
			.returnResult()
			.getResponseBody();
		String id = receipt.victorTransactionId();

		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		String status = null;
		while (!"Success".equals(status) && System.nanoTime() < deadline) {
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
			status = currentStatus(id);
		}

		assertThat(status).isEqualTo("Success");
		assertThat(this.mockVictorServer.webhookDeliveries()).filteredOn((delivery) -> delivery.payload().contains(id))
			.extracting(MockWebhookDelivery::status)
			.containsOnly(200);
		this.web.get().uri("/payouts/{id}", "tx_never_made").exchange().expectStatus().isNotFound();
	}

	private String currentStatus(String id) {
		var result = this.web.mutate()
			.responseTimeout(Duration.ofSeconds(5))
			.build()
			.get()
			.uri("/payouts/{id}", id)
			.exchange()
			.returnResult(Map.class);
		if (result.getStatus() != HttpStatus.OK) {
			return null;
		}
		Map<?, ?> body = result.getResponseBody().blockFirst(Duration.ofSeconds(5));
		assertThat(body.get("confirmed")).isEqualTo(Boolean.TRUE);
		return (String) body.get("status");
	}

}

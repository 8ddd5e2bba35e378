package dev.victor.sample;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.test.MockVictorRequest;
import dev.victor.test.MockVictorServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The sample's default profile runs its demo against the embedded mock Victor, with every
 * request signed and accepted.
 */
@SpringBootTest
@AutoConfigureWebTestClient
class VictorSampleApplicationTests {

	@Autowired
	MockVictorServer mockVictorServer;

	@Autowired
	VictorPaymentsClient victor;

	@Autowired
	WebTestClient web;

	@Test
	void theDemoPaysACounterpartyAndReadsThePaymentBackWithSignedRequests() {
		assertThat(this.mockVictorServer.requests())
			.extracting(MockVictorRequest::operation, MockVictorRequest::method, MockVictorRequest::status)
			.containsExactly(tuple("createCounterparty", "POST", 200), tuple("createAchPayment", "POST", 200),
					tuple("getTransactionById", "GET", 200));
		assertThat(this.mockVictorServer.requests().get(1).header("Idempotency-Key")).isNotBlank();
	}

	@Test
	void theActuatorShowsVictorMetricsPerOperationAndAHealthyClient() {
		this.web.get()
			.uri("/actuator/metrics/victor.client.requests?tag=operation:createAchPayment")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.measurements[?(@.statistic == 'COUNT')].value")
			.isEqualTo(1.0)
			.jsonPath("$.availableTags[?(@.tag == 'uri')].values[0]")
			.isEqualTo("/v2/payments/ach");
		this.web.get()
			.uri("/actuator/health")
			.exchange()
			.expectBody()
			.jsonPath("$.components.victor.status")
			.isEqualTo("UP");
	}

}

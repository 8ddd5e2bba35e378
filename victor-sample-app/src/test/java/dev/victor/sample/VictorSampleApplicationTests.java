package dev.victor.sample;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.test.MockVictorRequest;
import dev.victor.test.MockVictorServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The sample's default profile runs its demo against the embedded mock Victor, with every
 * request signed and accepted.
 */
@SpringBootTest
class VictorSampleApplicationTests {

	@Autowired
	MockVictorServer mockVictorServer;

	@Autowired
	VictorPaymentsClient victor;

	@Test
	void theDemoPaysACounterpartyAndReadsThePaymentBackWithSignedRequests() {
		assertThat(this.mockVictorServer.requests()).extracting(MockVictorRequest::method, MockVictorRequest::path,
				MockVictorRequest::status)
			.containsExactly(tuple("POST", "/v2/counterparties", 200),
					tuple("POST", "/v2/payments/ach", 200),
					tuple("GET", "/v2/transactions/tx_2", 200));
		assertThat(this.mockVictorServer.requests().get(1).header("Idempotency-Key")).isNotBlank();
	}

}

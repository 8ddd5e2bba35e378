package dev.victor.test;

import java.math.BigDecimal;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.error.VictorServerException;
import dev.victor.client.model.AchDirection;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.client.model.SecCode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link EnableMockVictor} gives a {@code @SpringBootTest} a working Victor client
 * against an embedded mock, in either authentication mode.
 */
class EnableMockVictorTests {

	@Nested
	@SpringBootTest(classes = App.class,
			properties = { "spring.main.web-application-type=none",
					"victor.private-key-path=file:/run/secrets/victor.pem",
					"victor.public-key-path=file:/run/secrets/victor.pub",
					"victor.api-key=${VICTOR_API_KEY:quick-start-key}", "victor.environment=staging" })
	@EnableMockVictor
	class OverApplicationCredentials {

		@Autowired
		VictorPaymentsClient victor;

		@Test
		void winsOverTheQuickStartCredentialsOfTheApplication() {
			String counterparty = this.victor
				.createCounterparty(NewCounterpartyRequest.builder().accountName("Acme").build())
				.block()
				.victorCounterpartyId();
			assertThat(this.victor.createAchPayment(payment(counterparty)).block().victorTransactionId()).isNotBlank();
		}

	}

	@Nested
	@SpringBootTest(classes = App.class, properties = "spring.main.web-application-type=none")
	@EnableMockVictor
	class JwtMode {

		@Autowired
		VictorPaymentsClient victor;

		@Autowired
		MockVictorServer mockVictorServer;

		@Test
		void paysThroughTheMockAndExposesItsJournalAndFaults() {
			String counterparty = this.victor
				.createCounterparty(NewCounterpartyRequest.builder().accountName("Acme").build())
				.block()
				.victorCounterpartyId();
			this.mockVictorServer.injectFault("createAchPayment", MockFault.status(500), 3);
			assertThatExceptionOfType(VictorServerException.class)
				.isThrownBy(() -> this.victor.createAchPayment(payment(counterparty)).block());
			assertThat(this.victor.createAchPayment(payment(counterparty)).block().victorTransactionId()).isNotBlank();
			assertThat(this.mockVictorServer.requests()).extracting(MockVictorRequest::operation)
				.containsSubsequence("createCounterparty", "createAchPayment", "createAchPayment", "createAchPayment",
						"createAchPayment");
		}

	}

	@Nested
	@SpringBootTest(classes = App.class, properties = "spring.main.web-application-type=none")
	@EnableMockVictor
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	class ResetBetweenTests {

		@Autowired
		VictorPaymentsClient victor;

		@Autowired
		MockVictorServer mockVictorServer;

		@Test
		@Order(1)
		void leavesACounterpartyAFaultAndAJournalBehind() {
			this.victor.createCounterparty(NewCounterpartyRequest.builder().accountName("Left behind").build()).block();
			this.mockVictorServer.injectFault("getCounterparties", MockFault.status(503), 10);
			assertThat(this.mockVictorServer.requests()).isNotEmpty();
		}

		@Test
		@Order(2)
		void startsFromAFreshMockInTheSameContext() {
			assertThat(this.mockVictorServer.requests()).isEmpty();
			assertThat(this.victor.listCounterparties().collectList().block()).isEmpty();
		}

	}

	@Nested
	@SpringBootTest(classes = App.class, properties = "spring.main.web-application-type=none")
	@EnableMockVictor(oauth = true)
	class OAuthMode {

		@Autowired
		VictorPaymentsClient victor;

		@Autowired
		MockVictorServer mockVictorServer;

		@Test
		void authenticatesWithAnAccessTokenTheMockIssued() {
			assertThat(this.victor.listAccounts().collectList().block()).isNotEmpty();
			assertThat(this.mockVictorServer.requests()).extracting(MockVictorRequest::operation)
				.containsExactly("getAccessToken", "getAccounts");
		}

	}

	private static NewAchPaymentRequest payment(String counterpartyId) {
		return NewAchPaymentRequest.builder()
			.fromAccountNumber("1234567890")
			.counterpartyId(counterpartyId)
			.amount(new BigDecimal("10.00"))
			.direction(AchDirection.CREDIT)
			.secCode(SecCode.CCD)
			.build();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

	}

}

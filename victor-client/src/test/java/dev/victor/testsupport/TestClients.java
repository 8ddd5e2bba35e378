package dev.victor.testsupport;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.VictorPaymentsClientBuilder;
import dev.victor.client.auth.AccessToken;
import dev.victor.client.auth.VictorAuthentication;
import dev.victor.client.http.VictorHttpSettings;
import dev.victor.client.http.VictorRetrySettings;
import dev.victor.client.model.AchDirection;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.SecCode;
import reactor.core.publisher.Mono;

/**
 * Clients and requests shared by the reliability tests: generated keys, fast backoff.
 */
public final class TestClients {

	public static final String API_KEY = "65b6f047-c618-485b-a878-833ac3649ec2";

	/** Three attempts, 5-20ms backoff, Retry-After honoured up to 2s. */
	public static final VictorRetrySettings FAST_RETRY = new VictorRetrySettings(3, Duration.ofMillis(5),
			Duration.ofMillis(20), Duration.ofSeconds(2));

	public static final String RECEIPT = "{\"victor_transaction_id\":\"tx_1\",\"status\":\"Pending\",\"amount\":12.34}";

	private TestClients() {
	}

	/**
	 * A builder for a client of a loopback server, with fast retries and a 500ms response
	 * timeout.
	 * @param baseUrl the server
	 * @return the builder
	 */
	public static VictorPaymentsClientBuilder builder(URI baseUrl) {
		return VictorPaymentsClient.builder()
			.baseUrl(baseUrl)
			.apiKey(API_KEY)
			.privateKey(TestKeys.privateKey(TestKeys.rsa2048()))
			.retry(FAST_RETRY)
			.http(VictorHttpSettings.defaults().withResponseTimeout(Duration.ofMillis(500)));
	}

	/**
	 * A builder whose authentication serves a fixed token synchronously, for virtual-time
	 * tests (real signing happens on a real worker thread, outside virtual time).
	 * @param baseUrl the server
	 * @return the builder
	 */
	public static VictorPaymentsClientBuilder virtualTimeBuilder(URI baseUrl) {
		AccessToken token = new AccessToken("test-token", "Token", Instant.EPOCH, Instant.MAX);
		return builder(baseUrl).authentication(new VictorAuthentication() {

			@Override
			public Mono<AccessToken> token() {
				return Mono.just(token);
			}

			@Override
			public String mode() {
				return "test";
			}

		});
	}

	public static NewAchPaymentRequest achPayment() {
		return NewAchPaymentRequest.builder()
			.fromAccountNumber("1234567890")
			.counterpartyId("cp_1")
			.amount(new BigDecimal("12.34"))
			.direction(AchDirection.CREDIT)
			.secCode(SecCode.CCD)
			.build();
	}

	/**
	 * An authentication whose token never comes, to prove every wait for one is bounded.
	 * @return the authentication
	 */
	public static VictorAuthentication stuckAuthentication() {
		return new VictorAuthentication() {

			@Override
			public Mono<AccessToken> token() {
				return Mono.never();
			}

			@Override
			public String mode() {
				return "stuck";
			}

		};
	}

}

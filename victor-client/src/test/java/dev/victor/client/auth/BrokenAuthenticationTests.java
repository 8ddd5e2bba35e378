package dev.victor.client.auth;

import java.time.Duration;
import java.util.List;

import dev.victor.client.RequestOptions;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.error.VictorTransportException;
import dev.victor.client.http.VictorRetrySettings;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.TestClients;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An application's own authentication that gives no token (an empty mono or a failure, at
 * once or later) fails the call typed, never sent, with its key: it never completes it
 * empty, nor with the authentication's own exception.
 */
class BrokenAuthenticationTests {

	static List<Mono<AccessToken>> noToken() {
		IllegalStateException sealed = new IllegalStateException("vault sealed");
		return List.of(Mono.empty(), Mono.<AccessToken>empty().delayElement(Duration.ofMillis(10)),
				Mono.defer(Mono::empty), Mono.error(sealed), Mono.defer(() -> Mono.error(sealed)),
				Mono.fromCallable(() -> {
					throw sealed;
				}));
	}

	@ParameterizedTest
	@MethodSource("noToken")
	void aCallWithoutATokenFailsTypedAndIsNeverSent(Mono<AccessToken> none) throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer(
				(request) -> Action.respond(200, TestClients.RECEIPT))) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl())
				.retry(VictorRetrySettings.none())
				.authentication(new VictorAuthentication() {

					@Override
					public Mono<AccessToken> token() {
						return none;
					}

					@Override
					public String mode() {
						return "vault";
					}

				})
				.build();
			VictorTransportException failure = assertThatExceptionOfType(VictorTransportException.class)
				.isThrownBy(() -> client
					.createAchPayment(TestClients.achPayment(),
							RequestOptions.builder().idempotencyKey("payout-no-token").build())
					.block(Duration.ofSeconds(20)))
				.actual();
			assertThat(failure.isRequestSent()).isFalse();
			assertThat(failure.getIdempotencyKey()).isEqualTo("payout-no-token");
			assertThat(failure).hasMessageContaining("token");
			assertThat(server.requests()).isEmpty();
		}
	}

}

package dev.victor.client.reliability;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.call.VictorRequestAttributes;
import dev.victor.client.error.VictorTransportException;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.TestClients;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A POST without an idempotency key must never be sent twice once it may have reached the
 * server, whether it comes from the typed client or a raw call through victorWebClient; a
 * connect failure, where nothing was sent, is retried.
 */
class KeylessPostTests {

	private static final int RUNS = 100;

	@Test
	void aKeylessPostThatMayHaveArrivedIsNeverResent() throws Exception {
		AtomicInteger received = new AtomicInteger();
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> {
			received.incrementAndGet();
			return Action.reset();
		})) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl()).build();
			WebClient raw = TestClients.builder(server.baseUrl()).buildWebClient();
			int outcomeUnknown = 0;
			for (int i = 0; i < RUNS; i++) {
				String name = "Acme " + i;
				VictorTransportException failure = (i % 2 == 0) ? catchTransport(() -> client
					.createCounterparty(NewCounterpartyRequest.builder().accountName(name).build())
					.block()) : catchTransport(
							() -> raw.post().uri("/v2/webhooks").bodyValue("{}").retrieve().toBodilessEntity().block());
				outcomeUnknown += failure.isRequestSent() ? 1 : 0;
			}
			int duplicates = received.get() - RUNS;
			System.out.printf("Key-less POST: %d runs (typed and raw), %d requests, duplicates %d, "
					+ "outcome-unknown exceptions %d%n", RUNS, received.get(), duplicates, outcomeUnknown);
			assertThat(duplicates).isZero();
			assertThat(outcomeUnknown).isEqualTo(RUNS);
		}
	}

	@Test
	void aKeylessPostIsRetriedWhenTheConnectionWasRefused() {
		AtomicInteger exchanges = new AtomicInteger();
		ExchangeFunction refusedOnce = (
				request) -> (exchanges.incrementAndGet() == 1)
						? Mono.error(new WebClientRequestException(new ConnectException("Connection refused"),
								request.method(), request.url(), request.headers()))
						: Mono.just(ClientResponse.create(HttpStatus.OK).build());
		WebClient raw = TestClients.builder(URI.create("http://127.0.0.1:1"))
			.exchangeFunction(refusedOnce)
			.buildWebClient();
		raw.post().uri("/v2/webhooks").bodyValue("{}").retrieve().toBodilessEntity().block();
		assertThat(exchanges).hasValue(2);
	}

	@Test
	void aRefusedConnectionSaysTheRequestWasNeverSent() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		VictorPaymentsClient client = TestClients.builder(URI.create("http://127.0.0.1:" + closedPort)).build();
		VictorTransportException failure = catchTransport(
				() -> client.createAchPayment(TestClients.achPayment()).block());
		assertThat(failure.isRequestSent()).isFalse();
		assertThat(failure.getOperation()).isEqualTo("createAchPayment");
		assertThat(failure.getIdempotencyKey()).isNotBlank();
		assertThat(failure.getMessage()).contains("the request was never sent").contains(failure.getIdempotencyKey());
		assertThat(failure.getHeaders().isEmpty()).isTrue();
	}

	@Test
	void rawCallsAreNamedByTheirOperationAttribute() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.reset())) {
			WebClient raw = TestClients.builder(server.baseUrl()).buildWebClient();
			VictorTransportException failure = catchTransport(() -> raw.post()
				.uri("/v2/webhooks")
				.attribute(VictorRequestAttributes.OPERATION, "createWebhook")
				.bodyValue("{}")
				.retrieve()
				.toBodilessEntity()
				.block());
			assertThat(failure.getOperation()).isEqualTo("createWebhook");
			assertThat(failure.getIdempotencyKey()).isNull();
			assertThat(server.requests()).hasSize(1);
		}
	}

	private static VictorTransportException catchTransport(Runnable call) {
		return assertThatExceptionOfType(VictorTransportException.class).isThrownBy(call::run).actual();
	}

}

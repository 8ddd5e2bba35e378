package dev.victor.client.operations;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.error.VictorServerException;
import dev.victor.client.model.SweepRequest;
import dev.victor.client.model.UpdateCounterpartyRequest;
import dev.victor.testsupport.LoopbackServers;
import dev.victor.testsupport.TestClients;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The retry policy holds for the new operations too: keyed creates and GETs are retried
 * (keyed ones under one key), unkeyed updates are not.
 */
class OperationRetryTests {

	private final MockWebServer server = LoopbackServers.mockWebServer();

	private final VictorPaymentsClient client = TestClients.builder(LoopbackServers.baseUrl(this.server)).build();

	@AfterEach
	void stop() throws IOException {
		this.server.shutdown();
	}

	@Test
	void aKeyedCreateIsRetriedUnderOneKey() throws Exception {
		this.server.enqueue(LoopbackServers.json(503, "{}"));
		this.server.enqueue(LoopbackServers.json(200, "{\"sweep_id\":5}"));
		assertThat(this.client
			.createSweep(SweepRequest.builder()
				.fromAccountNumber("111")
				.toAccountNumber("222")
				.targetBalance(BigDecimal.TEN)
				.build())
			.block()
			.sweepId()).isEqualTo(5L);
		String first = this.server.takeRequest(5, TimeUnit.SECONDS).getHeader("Idempotency-Key");
		assertThat(first).isNotBlank();
		assertThat(this.server.takeRequest(5, TimeUnit.SECONDS).getHeader("Idempotency-Key")).isEqualTo(first);
	}

	@Test
	void aRetryListenerThatFailsChangesNothing() {
		VictorPaymentsClient counted = TestClients.builder(LoopbackServers.baseUrl(this.server))
			.retryListener((request, failure, delay) -> {
				throw new IllegalStateException("meter registry closed");
			})
			.build();
		this.server.enqueue(LoopbackServers.json(502, "{}"));
		this.server.enqueue(LoopbackServers.json(200, "[{\"sweep_id\":1}]"));
		assertThat(counted.getAccountSweeps().collectList().block()).hasSize(1);
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void aGetIsRetried() {
		this.server.enqueue(LoopbackServers.json(502, "{}"));
		this.server.enqueue(LoopbackServers.json(200, "[{\"sweep_id\":1}]"));
		assertThat(this.client.getAccountSweeps().collectList().block()).hasSize(1);
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void anUnkeyedUpdateIsNotRetried() {
		this.server.enqueue(LoopbackServers.json(503, "{}"));
		this.server.enqueue(LoopbackServers.json(200, "{\"id\":\"cp_1\"}"));
		assertThatExceptionOfType(VictorServerException.class)
			.isThrownBy(() -> this.client
				.updateCounterparty("cp_1", UpdateCounterpartyRequest.builder().accountName("Acme 2").build())
				.block())
			.satisfies((ex) -> {
				assertThat(ex.getOperation()).isEqualTo("updateCounterparty");
				assertThat(ex.getIdempotencyKey()).isNull();
			});
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

}

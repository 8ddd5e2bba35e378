package dev.victor.client.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.error.VictorApiException;
import dev.victor.client.error.VictorAuthenticationException;
import dev.victor.client.error.VictorBadRequestException;
import dev.victor.client.error.VictorConflictException;
import dev.victor.client.error.VictorNotFoundException;
import dev.victor.client.error.VictorPermissionException;
import dev.victor.client.error.VictorServerException;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.ScriptedHttpServer.Request;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.TestClients;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * RELIABILITY.md's fault matrix: every transient fault is retried once with the same
 * idempotency key and then succeeds; every other 4xx is final after one request.
 */
class FaultMatrixTests {

	@Test
	void transientFaultsAreRetriedOnceWithTheSameKeyAndFinalErrorsAreNot() throws Exception {
		Map<String, Action> transientFaults = new LinkedHashMap<>();
		transientFaults.put("reset", Action.reset());
		transientFaults.put("empty response", Action.closeWithoutResponse());
		transientFaults.put("malformed chunk", Action.malformedChunk());
		transientFaults.put("random data then close", Action.garbage(42));
		transientFaults.put("delay past response timeout",
				Action.respondAfter(Duration.ofMillis(900), 200, TestClients.RECEIPT));
		transientFaults.put("429 + Retry-After", Action.respond(429, "{}", "Retry-After", "1"));
		for (int status : new int[] { 500, 502, 503, 504 }) {
			transientFaults.put(String.valueOf(status), Action.respond(status, "{\"message\":\"busy\"}"));
		}
		Map<Integer, Class<? extends VictorApiException>> finalErrors = new LinkedHashMap<>();
		finalErrors.put(400, VictorBadRequestException.class);
		finalErrors.put(401, VictorAuthenticationException.class);
		finalErrors.put(403, VictorPermissionException.class);
		finalErrors.put(404, VictorNotFoundException.class);
		finalErrors.put(409, VictorConflictException.class);
		finalErrors.put(422, VictorBadRequestException.class);

		List<String> mismatches = new ArrayList<>();
		for (Map.Entry<String, Action> fault : transientFaults.entrySet()) {
			mismatches.addAll(checkRetriedOnce(fault.getKey(), fault.getValue()));
		}
		for (Map.Entry<Integer, Class<? extends VictorApiException>> error : finalErrors.entrySet()) {
			mismatches.addAll(checkFinal(error.getKey(), error.getValue()));
		}
		System.out.printf("Fault matrix: %d rows (%d transient, %d final), %d mismatches%n",
				transientFaults.size() + finalErrors.size(), transientFaults.size(), finalErrors.size(),
				mismatches.size());
		assertThat(mismatches).isEmpty();
	}

	@Test
	void alwaysFailingCallsStopAfterMaxAttemptsWithOneKeyAndATypedException() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.respond(503, "{}"))) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl()).build();
			assertThatExceptionOfType(VictorServerException.class)
				.isThrownBy(() -> client.createAchPayment(TestClients.achPayment()).block())
				.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(503));
			List<Request> requests = server.requests();
			System.out.printf("Exhaustion: always 503 -> %d requests, %d distinct keys%n", requests.size(),
					requests.stream().map((r) -> r.header("Idempotency-Key")).distinct().count());
			assertThat(requests).hasSize(TestClients.FAST_RETRY.maxAttempts());
			assertThat(requests).extracting((r) -> r.header("Idempotency-Key"))
				.containsOnly(requests.get(0).header("Idempotency-Key"));
		}
	}

	private static List<String> checkRetriedOnce(String name, Action fault) throws Exception {
		AtomicInteger calls = new AtomicInteger();
		try (ScriptedHttpServer server = new ScriptedHttpServer(
				(request) -> (calls.incrementAndGet() == 1) ? fault : Action.respond(200, TestClients.RECEIPT))) {
			List<String> mismatches = new ArrayList<>();
			try {
				TransactionReceipt receipt = TestClients.builder(server.baseUrl())
					.build()
					.createAchPayment(TestClients.achPayment())
					.block(Duration.ofSeconds(10));
				if (receipt == null || !"tx_1".equals(receipt.victorTransactionId())) {
					mismatches.add(name + ": no receipt");
				}
			}
			catch (RuntimeException ex) {
				mismatches.add(name + ": failed with " + ex);
			}
			List<Request> requests = server.requests();
			if (requests.size() != 2) {
				mismatches.add(name + ": " + requests.size() + " requests instead of 2");
			}
			else if (!requests.get(0).header("Idempotency-Key").equals(requests.get(1).header("Idempotency-Key"))) {
				mismatches.add(name + ": the retry carried another Idempotency-Key");
			}
			return mismatches;
		}
	}

	private static List<String> checkFinal(int status, Class<? extends VictorApiException> expected) throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.respond(status,
				"{\"message\":\"no\",\"errors\":[{\"field\":\"amount\",\"message\":\"too small\"}]}"))) {
			List<String> mismatches = new ArrayList<>();
			try {
				TestClients.builder(server.baseUrl()).build().createAchPayment(TestClients.achPayment()).block();
				mismatches.add(status + ": succeeded");
			}
			catch (VictorApiException ex) {
				if (ex.getClass() != expected) {
					mismatches
						.add(status + ": " + ex.getClass().getSimpleName() + " instead of " + expected.getSimpleName());
				}
				if (!"createAchPayment".equals(ex.getOperation()) || ex.getIdempotencyKey() == null
						|| ex.getFieldErrors().isEmpty()) {
					mismatches.add(status + ": operation, key or field errors missing");
				}
			}
			if (server.requests().size() != 1) {
				mismatches.add(status + ": " + server.requests().size() + " requests instead of 1");
			}
			return mismatches;
		}
	}

}

package dev.victor.client.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.victor.client.RequestOptions;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.ScriptedHttpServer.Request;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.TestClients;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RELIABILITY.md's duplicate-payment test: a ledger that commits each new key as a
 * payment and then drops the connection before answering, on the first k attempts of
 * every call. Retries must reuse the key, so the ledger ends with exactly one payment per
 * call.
 */
class DuplicatePaymentTests {

	private static final int CALLS = 100;

	@ParameterizedTest(name = "k={0}, {1} keys")
	@CsvSource({ "1, generated", "2, generated", "1, caller-given", "2, caller-given" })
	void committedThenDroppedAttemptsNeverCreateASecondPayment(int k, String keys) throws Exception {
		Ledger ledger = new Ledger(k);
		try (ScriptedHttpServer server = new ScriptedHttpServer(ledger::handle)) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl()).build();
			List<TransactionReceipt> receipts = Flux.range(0, CALLS)
				.flatMap((i) -> pay(client, keys.equals("caller-given") ? "payout-" + k + "-" + i : null)
					.onErrorResume((ex) -> Mono.empty()), 10)
				.collectList()
				.block(Duration.ofSeconds(60));

			int payments = ledger.payments.size();
			long lost = CALLS - receipts.stream()
				.map(TransactionReceipt::victorTransactionId)
				.distinct()
				.filter(ledger.payments::containsValue)
				.count();
			int duplicates = payments - CALLS;
			System.out.printf(
					"Duplicate-payment test (k=%d, %s keys): %d calls, %d requests, payments %d, "
							+ "duplicates %d, lost %d%n",
					k, keys, CALLS, server.requests().size(), payments, duplicates, lost);
			assertThat(payments).isEqualTo(CALLS);
			assertThat(duplicates).isZero();
			assertThat(lost).isZero();
			assertThat(server.requests()).hasSize(CALLS * (k + 1));
		}
	}

	private static Mono<TransactionReceipt> pay(VictorPaymentsClient client, String key) {
		return (key != null)
				? client.createAchPayment(TestClients.achPayment(),
						RequestOptions.builder().idempotencyKey(key).build())
				: client.createAchPayment(TestClients.achPayment());
	}

	/**
	 * An idempotency ledger: key to payment id; drops the first k attempts of each key
	 * after committing.
	 */
	private static final class Ledger {

		private final int dropsPerKey;

		private final Map<String, String> payments = new ConcurrentHashMap<>();

		private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

		Ledger(int dropsPerKey) {
			this.dropsPerKey = dropsPerKey;
		}

		Action handle(Request request) {
			String key = request.header("Idempotency-Key");
			String id = this.payments.computeIfAbsent(key, (k) -> "tx_" + this.payments.size() + "_" + k.hashCode());
			if (this.attempts.computeIfAbsent(key, (k) -> new AtomicInteger()).incrementAndGet() <= this.dropsPerKey) {
				return Action.reset();
			}
			return Action.respond(200, "{\"victor_transaction_id\":\"" + id + "\",\"status\":\"Pending\"}");
		}

	}

}

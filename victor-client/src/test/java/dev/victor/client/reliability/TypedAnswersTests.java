package dev.victor.client.reliability;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.victor.client.BlockingVictorPaymentsClient;
import dev.victor.client.RequestOptions;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.error.VictorCallFailure;
import dev.victor.client.error.VictorRedirectException;
import dev.victor.client.error.VictorUnreadableResponseException;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.TestClients;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whatever a server answers a create-payment with, the call ends in a receipt or in a
 * typed failure that carries the idempotency key and says the outcome is unknown: never
 * an empty result, a {@code null} from the blocking client, a redirect's body taken for a
 * receipt, or a raw codec or buffer exception.
 */
class TypedAnswersTests {

	private static final String KEY = "payout-2xx";

	@Test
	void everyUnusable2xxAnd3xxToACreateIsTypedWithItsKeyAndOutcomeUnknown() throws Exception {
		Map<String, byte[]> answers = new LinkedHashMap<>();
		answers.put("204 No Content", bytes("HTTP/1.1 204 No Content\r\n\r\n"));
		answers.put("200 with an empty body", bytes(head(200, "application/json", 0)));
		answers.put("200 with null", bytes(head(200, "application/json", 4) + "null"));
		answers.put("302 carrying a receipt",
				bytes("HTTP/1.1 302 Found\r\nLocation: https://elsewhere.example/\r\n"
						+ "Content-Type: application/json\r\nContent-Length: " + TestClients.RECEIPT.length()
						+ "\r\n\r\n" + TestClients.RECEIPT));
		answers.put("200 HTML", bytes(head(200, "text/html", 20) + "<html>welcome</html>"));
		answers.put("200 truncated JSON",
				bytes(head(200, "application/json", 33) + "{\"victor_transaction_id\":\"tx_1\",\""));
		byte[] notGzip = { 0x1f, (byte) 0x8b, 0x08, 0x00, 0x42, 0x42, 0x42 };
		answers.put(
				"200 invalid gzip", concat(
						bytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
								+ "Content-Encoding: gzip\r\nContent-Length: " + notGzip.length + "\r\n\r\n"),
						notGzip));
		String huge = "{\"victor_transaction_id\":\"tx_1\",\"pad\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
		answers.put("200 over max-in-memory-size", bytes(head(200, "application/json", huge.length()) + huge));
		String noId = "{\"status\":\"Pending\",\"amount\":12.34}";
		answers.put("200 receipt without a transaction id", bytes(head(200, "application/json", noId.length()) + noId));
		int typed = 0;
		for (Map.Entry<String, byte[]> answer : answers.entrySet()) {
			try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.raw(answer.getValue()))) {
				VictorPaymentsClient client = TestClients.builder(server.baseUrl()).build();
				RequestOptions options = RequestOptions.builder().idempotencyKey(KEY).build();
				assertThatThrownBy(() -> client.createAchPayment(TestClients.achPayment(), options).block())
					.as(answer.getKey())
					.isInstanceOfAny(VictorUnreadableResponseException.class, VictorRedirectException.class)
					.satisfies((failure) -> {
						VictorCallFailure call = (VictorCallFailure) failure;
						assertThat(call.getIdempotencyKey()).as(answer.getKey()).isEqualTo(KEY);
						assertThat(call.getOperation()).isEqualTo("createAchPayment");
						assertThat(call.isOutcomeUnknown()).as(answer.getKey()).isTrue();
					});
				assertThatThrownBy(() -> new BlockingVictorPaymentsClient(client)
					.createAchPayment(TestClients.achPayment(), options)).as("the blocking client: %s", answer.getKey())
					.isInstanceOfAny(VictorUnreadableResponseException.class, VictorRedirectException.class);
				assertThat(server.requests()).as("not retried: %s", answer.getKey()).hasSize(2);
				typed++;
			}
		}
		System.out.printf("Typed 2xx/3xx matrix: %d answers to a keyed create, typed %d, empty 0, untyped 0%n",
				answers.size(), typed);
	}

	@Test
	void aRedirectOfAReadIsTypedButNotOutcomeUnknown() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.raw(bytes(
				"HTTP/1.1 301 Moved Permanently\r\nLocation: https://elsewhere.example/\r\nContent-Length: 0\r\n\r\n")))) {
			assertThatThrownBy(() -> TestClients.builder(server.baseUrl()).build().getAccount("acc_1").block())
				.isInstanceOfSatisfying(VictorRedirectException.class,
						(failure) -> assertThat(failure.isOutcomeUnknown()).isFalse());
		}
	}

	private static String head(int status, String contentType, int length) {
		return "HTTP/1.1 " + status + " OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + length
				+ "\r\n\r\n";
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[] head, byte[] body) {
		byte[] all = new byte[head.length + body.length];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(body, 0, all, head.length, body.length);
		return all;
	}

}

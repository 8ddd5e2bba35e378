package dev.victor.client.reliability;

import java.time.Duration;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.error.VictorApiException;
import dev.victor.client.error.VictorBadRequestException;
import dev.victor.client.error.VictorErrorBody;
import dev.victor.client.error.VictorFieldError;
import dev.victor.client.error.VictorNotFoundException;
import dev.victor.client.json.VictorJson;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.TestClients;
import org.junit.jupiter.api.Test;

import org.springframework.web.reactive.function.client.WebClientResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Error responses become typed Spring exceptions that carry what an application needs,
 * and nothing secret.
 */
class ErrorTranslationTests {

	@Test
	void aValidationErrorCarriesOperationKeyFieldErrorsAndNoSecrets() throws Exception {
		String body = "{\"message\":\"Invalid payment request\",\"errors\":[{\"field\":\"company_id\","
				+ "\"message\":\"Field companyId has an incorrect value\"},{\"field\":\"amount\",\"message\":\"too big\"}]}";
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.respond(400, body))) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl()).build();
			VictorBadRequestException ex = assertThatExceptionOfType(VictorBadRequestException.class)
				.isThrownBy(() -> client.createAchPayment(TestClients.achPayment()).block())
				.actual();
			assertThat(ex).isInstanceOf(WebClientResponseException.class);
			assertThat(ex.getOperation()).isEqualTo("createAchPayment");
			assertThat(ex.getIdempotencyKey()).isEqualTo(server.requests().get(0).header("Idempotency-Key"));
			assertThat(ex.getErrorBody().message()).isEqualTo("Invalid payment request");
			assertThat(ex.getFieldErrors()).containsExactly(
					new VictorFieldError("company_id", "Field companyId has an incorrect value"),
					new VictorFieldError("amount", "too big"));
			assertThat(ex.getResponseBodyAsString()).isEqualTo(body);
			assertThat(ex.getMessage()).isEqualTo("createAchPayment: 400 Bad Request from POST /v2/payments/ach "
					+ "(Idempotency-Key " + ex.getIdempotencyKey() + ")");
			assertThat(ex.getRequest().getHeaders().isEmpty()).as("no Authorization header reachable").isTrue();
			assertThat(ex.getRequest().getURI().getPath()).isEqualTo("/v2/payments/ach");
		}
	}

	@Test
	void aBodylessNotFoundIsTypedWithAnEmptyErrorBody() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.respond(404, ""))) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl()).build();
			VictorNotFoundException ex = assertThatExceptionOfType(VictorNotFoundException.class)
				.isThrownBy(() -> client.getTransaction("tx_missing").block())
				.actual();
			assertThat(ex.getOperation()).isEqualTo("getTransactionById");
			assertThat(ex.getIdempotencyKey()).isNull();
			assertThat(ex.getFieldErrors()).isEmpty();
			assertThat(server.requests()).hasSize(1);
		}
	}

	@Test
	void otherClientErrorsAreTheBaseTypeAndServerErrorsTheServerType() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.respond(418, "{}"))) {
			assertThatExceptionOfType(VictorApiException.class)
				.isThrownBy(() -> TestClients.builder(server.baseUrl()).build().getAccount("acc_1").block())
				.satisfies((ex) -> assertThat(ex.getClass()).isEqualTo(VictorApiException.class));
		}
	}

	@Test
	void errorBodiesAreParsedLenientlyAndBounded() {
		VictorErrorBody map = VictorErrorBody.parse("{\"errors\":{\"amount\":[\"too small\"]}}".getBytes(),
				VictorJson.codec()::readTree);
		assertThat(map.fieldErrors()).containsExactly(new VictorFieldError("amount", "too small"));
		VictorErrorBody html = VictorErrorBody.parse("<html>bad gateway</html>".getBytes(),
				VictorJson.codec()::readTree);
		assertThat(html.message()).isNull();
		assertThat(html.raw()).isEqualTo("<html>bad gateway</html>");
		VictorErrorBody huge = VictorErrorBody.parse(("\"" + "x".repeat(100_000) + "\"").getBytes(),
				VictorJson.codec()::readTree);
		assertThat(huge.raw()).hasSize(VictorErrorBody.MAX_RAW_LENGTH);
	}

	@Test
	void aLargeErrorBodyIsParsedWholeButKeptBounded() throws Exception {
		String body = "{\"errors\":[{\"field\":\"amount\",\"message\":\"bad\"}],\"trace\":\"" + "x".repeat(200_000)
				+ "\"}";
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.respond(422, body))) {
			VictorBadRequestException ex = assertThatExceptionOfType(VictorBadRequestException.class)
				.isThrownBy(() -> TestClients.builder(server.baseUrl())
					.build()
					.createAchPayment(TestClients.achPayment())
					.block())
				.actual();
			assertThat(ex.getFieldErrors()).containsExactly(new VictorFieldError("amount", "bad"));
			assertThat(ex.getResponseBodyAsByteArray()).hasSize(VictorErrorBody.MAX_RAW_LENGTH);
		}
	}

	@Test
	void retryAfterIsReadAsSecondsOrHttpDate() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer(
				(request) -> Action.respond(429, "{}", "Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"))) {
			VictorApiException ex = assertThatExceptionOfType(VictorApiException.class)
				.isThrownBy(() -> TestClients.builder(server.baseUrl()).build().getAccount("acc_1").block())
				.actual();
			assertThat(ex.getRetryAfter()).as("a date in the past means now").contains(Duration.ZERO);
		}
	}

}

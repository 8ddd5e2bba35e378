package dev.victor.benchmarks;

import java.math.BigDecimal;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import dev.victor.client.auth.VictorJwtSigner;
import dev.victor.client.json.VictorJson;
import dev.victor.client.json.VictorJsonCodec;
import dev.victor.client.model.AchDirection;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.SecCode;
import dev.victor.client.model.TransactionReceipt;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.mock.http.client.reactive.MockClientHttpRequest;
import org.springframework.mock.http.client.reactive.MockClientHttpResponse;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * What the benchmarks share: keys generated at set-up, the ACH request, Victor's receipt,
 * an in-memory connector, and the "bare" WebClient a team would write by hand.
 */
final class BenchmarkFixtures {

	static final String API_KEY = "65b6f047-c618-485b-a878-833ac3649ec2";

	static final String RECEIPT = "{\"victor_transaction_id\":\"tx_1\",\"status\":\"Pending\",\"amount\":12.34,"
			+ "\"created_at\":\"2026-11-25T10:15:30Z\"}";

	static final NewAchPaymentRequest ACH = NewAchPaymentRequest.builder()
		.fromAccountNumber("1234567890")
		.counterpartyId("cp_1")
		.amount(new BigDecimal("12.34"))
		.direction(AchDirection.CREDIT)
		.secCode(SecCode.CCD)
		.build();

	private BenchmarkFixtures() {
	}

	static RSAPrivateKey rsaKey(int bits) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(bits);
			KeyPair pair = generator.generateKeyPair();
			return (RSAPrivateKey) pair.getPrivate();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String pkcs8Pem(RSAPrivateKey key) {
		return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(key.getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";
	}

	/**
	 * A connector that never touches a socket: it serialises the request body, drops it,
	 * and answers 200 with the receipt.
	 */
	static ClientHttpConnector inMemoryConnector() {
		return (method, uri, requestCallback) -> {
			MockClientHttpRequest request = new MockClientHttpRequest(method, uri);
			return requestCallback.apply(request)
				.then(Mono.defer(() -> DataBufferUtils.join(request.getBody()).doOnNext(DataBufferUtils::release)))
				.then(Mono.fromSupplier(() -> {
					MockClientHttpResponse response = new MockClientHttpResponse(HttpStatus.OK);
					response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
					response.setBody(RECEIPT);
					return response;
				}));
		};
	}

	/**
	 * The hand-written {@code createAchPayment}: a POST with a fresh UUID key.
	 */
	static TransactionReceipt postAch(WebClient client) {
		return client.post()
			.uri("/v2/payments/ach")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.bodyValue(ACH)
			.retrieve()
			.bodyToMono(TransactionReceipt.class)
			.block();
	}

	/**
	 * The WebClient a team would hand-write for Victor, sending the same request as the
	 * Victor client: base URL, Victor's JSON format, {@code Accept: application/json} and
	 * a token signed once, with no filters (no retries, typed errors, metrics or
	 * renewal).
	 */
	static WebClient.Builder bareWebClient(String baseUrl, RSAPrivateKey key) {
		String authorization = new VictorJwtSigner(API_KEY, key, Duration.ofSeconds(3600), Clock.systemUTC()).sign()
			.authorizationHeader();
		return bareWebClientWithoutToken(baseUrl).defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.defaultHeader(HttpHeaders.AUTHORIZATION, authorization);
	}

	/**
	 * The bare WebClient without any token: base URL and Victor's JSON format only.
	 */
	static WebClient.Builder bareWebClientWithoutToken(String baseUrl) {
		VictorJsonCodec json = VictorJson.codec();
		return WebClient.builder().baseUrl(baseUrl).codecs(json::registerWith);
	}

}

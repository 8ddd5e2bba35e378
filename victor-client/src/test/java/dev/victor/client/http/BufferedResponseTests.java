package dev.victor.client.http;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.victor.client.error.VictorUnreadableResponseException;
import dev.victor.client.json.VictorJson;
import dev.victor.client.json.VictorJsonCodec;
import io.netty.buffer.PooledByteBufAllocator;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeStrategies;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The error-translation filter reads each body once, into the heap, releasing pooled
 * buffers as they arrive; the response it passes on serves every way of reading the body
 * from those bytes.
 */
class BufferedResponseTests {

	private static final NettyDataBufferFactory POOLED = new NettyDataBufferFactory(PooledByteBufAllocator.DEFAULT);

	private final VictorJsonCodec json = VictorJson.codec();

	private final ClientRequest request = ClientRequest
		.create(HttpMethod.GET, java.net.URI.create("http://127.0.0.1/v2/x"))
		.build();

	@Test
	void aBodyInSeveralPooledBuffersIsJoinedAndEveryBufferReleased() {
		List<DataBuffer> chunks = List.of(pooled("{\"a\":"), pooled("[1,2,"), pooled("3]}"));
		ClientResponse response = filter(HttpStatus.OK, Flux.fromIterable(chunks), 1024).block();

		assertThat(chunks).allSatisfy((chunk) -> assertThat(NettyDataBufferFactory.toByteBuf(chunk).refCnt()).isZero());
		assertThat(response.bodyToMono(String.class).block()).isEqualTo("{\"a\":[1,2,3]}");
		assertThat(response.bodyToMono(String.class).block()).as("read again").isEqualTo("{\"a\":[1,2,3]}");
		assertThat(response.bodyToMono(new ParameterizedTypeReference<Map<String, List<Integer>>>() {
		}).block()).containsEntry("a", List.of(1, 2, 3));
	}

	@Test
	void aBodyBufferDiscardedBeforeItIsReadIsReleased() {
		DataBuffer kept = pooled("{}");
		DataBuffer discarded = pooled("dropped by an operator, as on cancellation");
		ClientResponse response = filter(HttpStatus.OK,
				Flux.just(kept, discarded).filter((buffer) -> buffer != discarded), 1024)
			.block();
		assertThat(response.bodyToMono(String.class).block()).isEqualTo("{}");
		assertThat(NettyDataBufferFactory.toByteBuf(kept).refCnt()).isZero();
		assertThat(NettyDataBufferFactory.toByteBuf(discarded).refCnt()).isZero();
	}

	@Test
	void aBodyBufferThatArrivesAfterTheReadWasCancelledIsReleasedUnread() {
		// a body that keeps sending although its reader cancelled, as a connection may
		AtomicReference<Subscriber<? super DataBuffer>> body = new AtomicReference<>();
		Flux<DataBuffer> ignoringCancel = Flux.from((subscriber) -> {
			subscriber.onSubscribe(Operators.emptySubscription());
			body.set(subscriber);
		});
		filter(HttpStatus.OK, ignoringCancel, 1024).subscribe().dispose();
		DataBuffer late = pooled("{\"late\":true}");
		body.get().onNext(late);
		body.get().onComplete();
		assertThat(NettyDataBufferFactory.toByteBuf(late).refCnt()).isZero();
	}

	@Test
	void everyWayOfReadingTheBodyReadsTheBufferedBytes() {
		ClientResponse response = filter(HttpStatus.OK, Flux.just(pooled("[\"x\",\"y\"]")), 1024).block();

		ResponseEntity<List<Object>> list = response.toEntityList(Object.class).block();
		assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(list.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
		assertThat(list.getBody()).containsExactly("x", "y");
		assertThat(response.toEntity(String.class).block().getBody()).isEqualTo("[\"x\",\"y\"]");
		assertThat(response.bodyToFlux(DataBuffer.class)
			.map((buffer) -> buffer.toString(StandardCharsets.UTF_8))
			.collectList()
			.block()).containsExactly("[\"x\",\"y\"]");
		assertThat(response.toBodilessEntity().block().getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.releaseBody().block()).isNull();
		assertThat(response.mutate().build().bodyToMono(String.class).block()).isEqualTo("[\"x\",\"y\"]");
		WebClientResponseException exception = response.createException().block();
		assertThat(exception.getResponseBodyAsString()).isEqualTo("[\"x\",\"y\"]");
	}

	@Test
	void anEmptyBodyReadsAsEmpty() {
		ClientResponse response = filter(HttpStatus.NO_CONTENT, Flux.empty(), 1024).block();
		assertThat(response.bodyToMono(String.class).block()).isNull();
		assertThat(response.toEntity(String.class).block().getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	@Test
	void aSuccessBodyOverTheLimitFailsAndIsReleased() {
		DataBuffer first = pooled("x".repeat(600));
		DataBuffer second = pooled("y".repeat(600));
		assertThatExceptionOfType(VictorUnreadableResponseException.class)
			.isThrownBy(() -> filter(HttpStatus.OK, Flux.just(first, second), 1000).block())
			.withMessageContaining("larger than max-in-memory-size (1000 bytes)")
			.satisfies((ex) -> assertThat(ex.isOutcomeUnknown()).isTrue());
		assertThat(NettyDataBufferFactory.toByteBuf(first).refCnt()).isZero();
		assertThat(NettyDataBufferFactory.toByteBuf(second).refCnt()).isZero();
	}

	@Test
	void anErrorBodyOverTheLimitIsDroppedFromTheTypedException() {
		assertThatExceptionOfType(dev.victor.client.error.VictorServerException.class)
			.isThrownBy(() -> filter(HttpStatus.SERVICE_UNAVAILABLE, Flux.just(pooled("z".repeat(2000))), 1000).block())
			.satisfies((ex) -> assertThat(ex.getResponseBodyAsByteArray()).isEmpty());
	}

	@Test
	void theAuthorizationHeaderIsOnTheWireButNotInTheRequestsHeaders() {
		ClientRequest original = ClientRequest.create(HttpMethod.POST, java.net.URI.create("http://127.0.0.1/v2/x"))
			.header(HttpHeaders.AUTHORIZATION, "Bearer from-the-caller")
			.header("Idempotency-Key", "k1")
			.build();
		AuthorizedClientRequest authorized = new AuthorizedClientRequest(original, "Token secret-jwt");
		org.springframework.mock.http.client.reactive.MockClientHttpRequest wire = new org.springframework.mock.http.client.reactive.MockClientHttpRequest(
				HttpMethod.POST, "/v2/x");
		authorized.writeTo(wire, ExchangeStrategies.withDefaults()).block();

		assertThat(wire.getHeaders().get(HttpHeaders.AUTHORIZATION)).containsExactly("Token secret-jwt");
		assertThat(wire.getHeaders().getFirst("Idempotency-Key")).isEqualTo("k1");
		assertThat(authorized.headers().get(HttpHeaders.AUTHORIZATION)).containsExactly("Bearer from-the-caller");
		assertThat(authorized.toString()).doesNotContain("secret-jwt");
	}

	private Mono<ClientResponse> filter(HttpStatus status, Flux<DataBuffer> body, int limit) {
		ErrorTranslationFilter filter = new ErrorTranslationFilter(this.json, Clock.systemUTC(), limit);
		AtomicReference<ClientResponse> raw = new AtomicReference<>();
		return filter.filter(this.request, (request) -> {
			raw.set(ClientResponse.create(status)
				.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
				.body(body)
				.build());
			return Mono.just(raw.get());
		});
	}

	private static DataBuffer pooled(String text) {
		DataBuffer buffer = POOLED.allocateBuffer(text.length());
		buffer.write(text, StandardCharsets.UTF_8);
		return buffer;
	}

}

package dev.victor.benchmarks;

import java.net.URI;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.auth.VictorJwtSigner;
import dev.victor.client.model.TransactionReceipt;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Calls per second against the same Reactor Netty server on loopback, 8 callers at a time
 * (long warm-up: on 2 cores the JIT needs about 20 seconds to settle):
 * the auto-configured client (cached token), a bare WebClient, and a bare WebClient that
 * signs a fresh RS512 JWT for every request, as Victor's docs show.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(8)
@Fork(1)
public class LoopbackThroughputBenchmark {

	private DisposableServer server;

	private VictorPaymentsClient victor;

	private WebClient bare;

	private WebClient bareSigningPerRequest;

	@Setup
	public void setUp() {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> request.receive()
				.then(response.header(HttpHeaders.CONTENT_TYPE, "application/json")
					.sendString(Mono.just(BenchmarkFixtures.RECEIPT))
					.then()))
			.bindNow();
		String baseUrl = "http://127.0.0.1:" + this.server.port();
		RSAPrivateKey key = BenchmarkFixtures.rsaKey(2048);
		this.victor = VictorPaymentsClient.builder()
			.baseUrl(URI.create(baseUrl))
			.apiKey(BenchmarkFixtures.API_KEY)
			.privateKey(key)
			.build();
		this.bare = BenchmarkFixtures.bareWebClient(baseUrl).build();
		VictorJwtSigner signer = new VictorJwtSigner(BenchmarkFixtures.API_KEY, key, Duration.ofSeconds(60),
				Clock.systemUTC());
		this.bareSigningPerRequest = BenchmarkFixtures.bareWebClient(baseUrl)
			.filter((request, next) -> next.exchange(ClientRequest.from(request)
				.header(HttpHeaders.AUTHORIZATION, signer.sign().authorizationHeader())
				.build()))
			.build();
	}

	@TearDown
	public void tearDown() {
		this.server.disposeNow();
	}

	@Benchmark
	public TransactionReceipt victorClient() {
		return this.victor.createAchPayment(BenchmarkFixtures.ACH).block();
	}

	@Benchmark
	public TransactionReceipt bareWebClient() {
		return BenchmarkFixtures.postAch(this.bare);
	}

	@Benchmark
	public TransactionReceipt bareWebClientSigningPerRequest() {
		return BenchmarkFixtures.postAch(this.bareSigningPerRequest);
	}

}

package dev.victor.benchmarks;

import java.net.URI;
import java.security.interfaces.RSAPrivateKey;
import java.util.concurrent.TimeUnit;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.json.VictorJson;
import dev.victor.client.model.TransactionReceipt;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.web.reactive.function.client.ExchangeFunctions;
import org.springframework.web.reactive.function.client.ExchangeStrategies;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The cost of the Victor filter chain with no network: {@code createAchPayment} through
 * every filter (retry, observation, translation with body buffering, cached-token
 * authorization, idempotency key, validation) against the same POST (same headers, a
 * token signed once) on a bare WebClient, both serialising the request and decoding the
 * receipt through an in-memory connector. The observed pair does the same with Actuator's
 * kind of observation registry (a meter handler): the Victor client observing its own
 * exchanges, against the bare WebClient observed by Spring's instrumentation. Run with
 * {@code -prof gc} for bytes allocated per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FilterChainBenchmark {

	private VictorPaymentsClient victor;

	private WebClient bare;

	private VictorPaymentsClient victorObserved;

	private WebClient bareObserved;

	@Setup
	public void setUp() {
		RSAPrivateKey key = BenchmarkFixtures.rsaKey(2048);
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig()
			.observationHandler(new DefaultMeterObservationHandler(new SimpleMeterRegistry()));
		this.victor = inMemoryVictor(key, ObservationRegistry.NOOP);
		this.bare = inMemoryBare(key, ObservationRegistry.NOOP);
		this.victorObserved = inMemoryVictor(key, observations);
		this.bareObserved = inMemoryBare(key, observations);
		this.victor.createAchPayment(BenchmarkFixtures.ACH).block();
		this.victorObserved.createAchPayment(BenchmarkFixtures.ACH).block();
	}

	private static VictorPaymentsClient inMemoryVictor(RSAPrivateKey key, ObservationRegistry observations) {
		return VictorPaymentsClient.builder()
			.baseUrl(URI.create("http://127.0.0.1:1"))
			.apiKey(BenchmarkFixtures.API_KEY)
			.privateKey(key)
			.observationRegistry(observations)
			.exchangeFunction(ExchangeFunctions.create(BenchmarkFixtures.inMemoryConnector(),
					ExchangeStrategies.builder().codecs(VictorJson.codec()::registerWith).build()))
			.build();
	}

	private static WebClient inMemoryBare(RSAPrivateKey key, ObservationRegistry observations) {
		return BenchmarkFixtures.bareWebClient("http://127.0.0.1:1", key)
			.clientConnector(BenchmarkFixtures.inMemoryConnector())
			.observationRegistry(observations)
			.build();
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
	public TransactionReceipt victorClientObserved() {
		return this.victorObserved.createAchPayment(BenchmarkFixtures.ACH).block();
	}

	@Benchmark
	public TransactionReceipt bootInstrumentedWebClient() {
		return BenchmarkFixtures.postAch(this.bareObserved);
	}

}

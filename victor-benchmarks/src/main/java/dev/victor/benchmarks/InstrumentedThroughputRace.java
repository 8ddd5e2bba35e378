package dev.victor.benchmarks;

import java.net.URI;
import java.security.interfaces.RSAPrivateKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.victor.client.VictorPaymentsClient;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Loopback throughput in an application with Actuator: every client observes its calls
 * into a meter registry, as Boot's {@code ObservationRegistry} does. The Victor client
 * ({@code victor.client.requests}, one sample per attempt, its own {@code WebClient}
 * observation off) races the client a team would write on Boot's instrumented
 * {@code WebClient.Builder} ({@code http.client.requests}) with the same token, and, for
 * reference, a bare uninstrumented {@code WebClient}.
 * <p>
 * Run: {@code java -cp victor-benchmarks/target/benchmarks.jar
 * dev.victor.benchmarks.InstrumentedThroughputRace [rounds=16] [warmupRounds=4]
 * [secondsPerTurn=3] [callers=8]}. It sends only to 127.0.0.1 and stops by itself.
 */
public final class InstrumentedThroughputRace {

	private InstrumentedThroughputRace() {
	}

	public static void main(String[] args) throws Exception {
		ThroughputRace race = new ThroughputRace(args, 16, 4);
		Map<String, List<Double>> rates = race.run(InstrumentedThroughputRace::contenders);
		race.printRates("Loopback throughput with Actuator's observations", rates);
		ThroughputRace.printRatio(rates, "victorClientObserved", "bootInstrumentedWebClient");
		ThroughputRace.printRatio(rates, "bootInstrumentedWebClient", "bareWebClient");
		System.out.printf("  per-round victorClientObserved / bootInstrumentedWebClient: %s%n",
				ThroughputRace.perRoundRatios(rates, "victorClientObserved", "bootInstrumentedWebClient"));
		System.exit(0);
	}

	private static Map<String, Runnable> contenders(String baseUrl) {
		RSAPrivateKey key = BenchmarkFixtures.rsaKey(2048);
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig()
			.observationHandler(new DefaultMeterObservationHandler(new SimpleMeterRegistry()));
		VictorPaymentsClient victor = VictorPaymentsClient.builder()
			.baseUrl(URI.create(baseUrl))
			.apiKey(BenchmarkFixtures.API_KEY)
			.privateKey(key)
			.observationRegistry(observations)
			.webClientBuilder(WebClient.builder().observationRegistry(observations))
			.build();
		WebClient instrumented = BenchmarkFixtures.bareWebClient(baseUrl, key)
			.observationRegistry(observations)
			.build();
		WebClient bare = BenchmarkFixtures.bareWebClient(baseUrl, key).build();
		Map<String, Runnable> contenders = new LinkedHashMap<>();
		contenders.put("victorClientObserved", () -> victor.createAchPayment(BenchmarkFixtures.ACH).block());
		contenders.put("bootInstrumentedWebClient", () -> BenchmarkFixtures.postAch(instrumented));
		contenders.put("bareWebClient", () -> BenchmarkFixtures.postAch(bare));
		return contenders;
	}

}

package dev.victor.benchmarks;

import java.net.URI;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.auth.VictorJwtSigner;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Loopback throughput, interleaved: the Victor client (cached token), a bare WebClient that
 * sends the same request with a token signed once, a bare WebClient that signs a fresh
 * RS512 JWT per request, as Victor's docs show, and, for reference, a bare WebClient that
 * sends no token at all take turns against the same Reactor Netty server, 8 callers each,
 * round after round, in a rotating order. On a small VM whose speed drifts by minutes (JIT warm-up, neighbours),
 * only turns taken side by side give a fair ratio; JMH runs its benchmarks one after the
 * other. The first rounds are warm-up; the report is the median of the rest.
 * <p>
 * Run: {@code java -cp victor-benchmarks/target/benchmarks.jar dev.victor.benchmarks.LoopbackThroughputRace
 * [rounds=20] [warmupRounds=4] [secondsPerTurn=3] [callers=8]}. It sends only to 127.0.0.1
 * and stops by itself.
 */
public final class LoopbackThroughputRace {

	private LoopbackThroughputRace() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = argument(args, 0, 20);
		int warmupRounds = argument(args, 1, 4);
		int seconds = argument(args, 2, 3);
		int callers = argument(args, 3, 8);
		DisposableServer server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> request.receive()
				.then(response.header(HttpHeaders.CONTENT_TYPE, "application/json")
					.sendString(Mono.just(BenchmarkFixtures.RECEIPT))
					.then()))
			.bindNow();
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			Map<String, Runnable> contenders = contenders("http://127.0.0.1:" + server.port());
			Map<String, List<Double>> rates = new LinkedHashMap<>();
			contenders.keySet().forEach((name) -> rates.put(name, new ArrayList<>()));
			List<String> order = new ArrayList<>(contenders.keySet());
			for (int round = 0; round < rounds; round++) {
				for (String name : order) {
					double rate = turn(contenders.get(name), pool, callers, seconds);
					if (round >= warmupRounds) {
						rates.get(name).add(rate);
					}
				}
				Collections.rotate(order, 1);
			}
			report(rates, seconds, callers);
		}
		finally {
			pool.shutdownNow();
			server.disposeNow();
		}
		System.exit(0);
	}

	private static Map<String, Runnable> contenders(String baseUrl) {
		RSAPrivateKey key = BenchmarkFixtures.rsaKey(2048);
		VictorPaymentsClient victor = VictorPaymentsClient.builder()
			.baseUrl(URI.create(baseUrl))
			.apiKey(BenchmarkFixtures.API_KEY)
			.privateKey(key)
			.build();
		WebClient bare = BenchmarkFixtures.bareWebClient(baseUrl, key).build();
		WebClient withoutToken = BenchmarkFixtures.bareWebClientWithoutToken(baseUrl).build();
		VictorJwtSigner signer = new VictorJwtSigner(BenchmarkFixtures.API_KEY, key, Duration.ofSeconds(60),
				Clock.systemUTC());
		WebClient signingPerRequest = BenchmarkFixtures.bareWebClientWithoutToken(baseUrl)
			.filter((request, next) -> next.exchange(ClientRequest.from(request)
				.header(HttpHeaders.AUTHORIZATION, signer.sign().authorizationHeader())
				.build()))
			.build();
		Map<String, Runnable> contenders = new LinkedHashMap<>();
		contenders.put("victorClient", () -> victor.createAchPayment(BenchmarkFixtures.ACH).block());
		contenders.put("bareWebClient", () -> BenchmarkFixtures.postAch(bare));
		contenders.put("bareWebClientSigningPerRequest", () -> BenchmarkFixtures.postAch(signingPerRequest));
		contenders.put("bareWebClientWithoutToken", () -> BenchmarkFixtures.postAch(withoutToken));
		return contenders;
	}

	/**
	 * Let {@code callers} threads call as fast as they can for {@code seconds}.
	 * @return calls per second
	 */
	private static double turn(Runnable call, ExecutorService pool, int callers, int seconds) throws Exception {
		LongAdder calls = new LongAdder();
		AtomicBoolean stop = new AtomicBoolean();
		List<Future<?>> running = new ArrayList<>();
		for (int i = 0; i < callers; i++) {
			running.add(pool.submit(() -> {
				while (!stop.get()) {
					call.run();
					calls.increment();
				}
			}));
		}
		long started = System.nanoTime();
		Thread.sleep(seconds * 1000L);
		stop.set(true);
		for (Future<?> caller : running) {
			caller.get();
		}
		return calls.sum() / ((System.nanoTime() - started) / 1e9);
	}

	private static void report(Map<String, List<Double>> rates, int seconds, int callers) {
		System.out.printf("Loopback throughput, %d callers, %d measured rounds of %d s per contender, %d cores, Java %s%n",
				callers, rates.get("victorClient").size(), seconds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		double victor = median(rates.get("victorClient"));
		rates.forEach((name, values) -> System.out.printf("  %-32s median %9.0f calls/s (min %.0f, max %.0f)%n", name,
				median(values), Collections.min(values), Collections.max(values)));
		System.out.printf("  victorClient / bareWebClient                  %.2f%n", victor / median(rates.get("bareWebClient")));
		System.out.printf("  victorClient / bareWebClientSigningPerRequest %.1fx%n",
				victor / median(rates.get("bareWebClientSigningPerRequest")));
		System.out.printf("  victorClient / bareWebClientWithoutToken      %.2f%n",
				victor / median(rates.get("bareWebClientWithoutToken")));
		System.out.printf("  per-round victorClient / bareWebClient: %s%n", perRoundRatios(rates));
	}

	private static List<String> perRoundRatios(Map<String, List<Double>> rates) {
		List<String> ratios = new ArrayList<>();
		List<Double> victor = rates.get("victorClient");
		List<Double> bare = rates.get("bareWebClient");
		for (int i = 0; i < victor.size(); i++) {
			ratios.add(String.format("%.2f", victor.get(i) / bare.get(i)));
		}
		return ratios;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static int argument(String[] args, int index, int defaultValue) {
		return (args.length > index) ? Integer.parseInt(args[index]) : defaultValue;
	}

}

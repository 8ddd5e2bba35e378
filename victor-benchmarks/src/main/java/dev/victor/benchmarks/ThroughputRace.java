package dev.victor.benchmarks;

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
import java.util.function.Function;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import org.springframework.http.HttpHeaders;

/**
 * The machinery of an interleaved loopback race: contenders take turns against one
 * Reactor Netty server that answers every request with a receipt, each with the same
 * number of blocking callers, round after round in a rotating order. On a small VM whose
 * speed drifts by minutes (JIT warm-up, neighbours), only turns taken side by side give a
 * fair ratio; JMH runs its benchmarks one after the other. The first rounds are warm-up.
 */
final class ThroughputRace {

	private final int rounds;

	private final int warmupRounds;

	private final int seconds;

	private final int callers;

	/**
	 * Read the race's shape from the command line:
	 * {@code [rounds] [warmupRounds] [secondsPerTurn] [callers]}.
	 */
	ThroughputRace(String[] args, int defaultRounds, int defaultWarmupRounds) {
		this.rounds = argument(args, 0, defaultRounds);
		this.warmupRounds = argument(args, 1, defaultWarmupRounds);
		this.seconds = argument(args, 2, 3);
		this.callers = argument(args, 3, 8);
	}

	int callers() {
		return this.callers;
	}

	int seconds() {
		return this.seconds;
	}

	/**
	 * Start the server, let the contenders race, stop everything.
	 * @param contenders builds the contenders for the server's base URL
	 * @return each contender's rates (calls per second) in the measured rounds
	 */
	Map<String, List<Double>> run(Function<String, Map<String, Runnable>> contenders) throws Exception {
		DisposableServer server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> request.receive()
				.then(response.header(HttpHeaders.CONTENT_TYPE, "application/json")
					.sendString(Mono.just(BenchmarkFixtures.RECEIPT))
					.then()))
			.bindNow();
		ExecutorService pool = Executors.newFixedThreadPool(this.callers);
		try {
			Map<String, Runnable> racing = contenders.apply("http://127.0.0.1:" + server.port());
			Map<String, List<Double>> rates = new LinkedHashMap<>();
			racing.keySet().forEach((name) -> rates.put(name, new ArrayList<>()));
			List<String> order = new ArrayList<>(racing.keySet());
			for (int round = 0; round < this.rounds; round++) {
				for (String name : order) {
					double rate = turn(racing.get(name), pool);
					if (round >= this.warmupRounds) {
						rates.get(name).add(rate);
					}
				}
				Collections.rotate(order, 1);
			}
			return rates;
		}
		finally {
			pool.shutdownNow();
			server.disposeNow();
		}
	}

	/**
	 * Let the callers call as fast as they can for one turn.
	 * @return calls per second
	 */
	private double turn(Runnable call, ExecutorService pool) throws Exception {
		LongAdder calls = new LongAdder();
		AtomicBoolean stop = new AtomicBoolean();
		List<Future<?>> running = new ArrayList<>();
		for (int i = 0; i < this.callers; i++) {
			running.add(pool.submit(() -> {
				while (!stop.get()) {
					call.run();
					calls.increment();
				}
			}));
		}
		long started = System.nanoTime();
		Thread.sleep(this.seconds * 1000L);
		stop.set(true);
		for (Future<?> caller : running) {
			caller.get();
		}
		return calls.sum() / ((System.nanoTime() - started) / 1e9);
	}

	/**
	 * Print each contender's median, min and max.
	 */
	void printRates(String title, Map<String, List<Double>> rates) {
		System.out.printf("%s, %d callers, %d measured rounds of %d s per contender, %d cores, Java %s%n", title,
				this.callers, rates.values().iterator().next().size(), this.seconds,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		rates.forEach((name, values) -> System.out.printf("  %-32s median %9.0f calls/s (min %.0f, max %.0f)%n", name,
				median(values), Collections.min(values), Collections.max(values)));
	}

	/**
	 * Print the ratio of two contenders' median rates, and the ratio of each round.
	 */
	static void printRatio(Map<String, List<Double>> rates, String contender, String reference) {
		System.out.printf("  %-48s %.2f%n", contender + " / " + reference,
				median(rates.get(contender)) / median(rates.get(reference)));
	}

	/**
	 * Return the ratio of two contenders' rates, round by round.
	 */
	static List<String> perRoundRatios(Map<String, List<Double>> rates, String contender, String reference) {
		List<String> ratios = new ArrayList<>();
		List<Double> measured = rates.get(contender);
		List<Double> against = rates.get(reference);
		for (int i = 0; i < measured.size(); i++) {
			ratios.add(String.format("%.2f", measured.get(i) / against.get(i)));
		}
		return ratios;
	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static int argument(String[] args, int index, int defaultValue) {
		return (args.length > index) ? Integer.parseInt(args[index]) : defaultValue;
	}

}

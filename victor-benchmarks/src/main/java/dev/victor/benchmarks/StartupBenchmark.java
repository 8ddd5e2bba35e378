package dev.victor.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Context start-up with and without the Victor auto-configuration (key parsing and
 * validation included) for a small Boot application. Only the start is timed: closing is
 * done in an untimed tear-down, since a context that used Reactor Netty waits for its
 * event loops' shutdown quiet period (2s by default,
 * {@code spring.reactor.netty.shutdown-quiet-period}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 20)
@Fork(1)
public class StartupBenchmark {

	private static final String VICTOR_AUTO_CONFIGURATIONS = "dev.victor.autoconfigure.VictorAutoConfiguration,"
			+ "dev.victor.autoconfigure.metrics.VictorMetricsAutoConfiguration,"
			+ "dev.victor.autoconfigure.actuate.VictorActuatorAutoConfiguration";

	private String pem;

	private ConfigurableApplicationContext context;

	@Setup
	public void setUp() {
		this.pem = BenchmarkFixtures.pkcs8Pem(BenchmarkFixtures.rsaKey(2048));
	}

	@TearDown(Level.Invocation)
	public void close() {
		this.context.close();
	}

	@Benchmark
	public void withVictor() {
		this.context = start("victor.api-key=" + BenchmarkFixtures.API_KEY, "victor.private-key-pem=" + this.pem);
	}

	@Benchmark
	public void withoutVictor() {
		this.context = start("spring.autoconfigure.exclude=" + VICTOR_AUTO_CONFIGURATIONS);
	}

	private static ConfigurableApplicationContext start(String... properties) {
		return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN")
			.properties(properties)
			.run();
	}

	/** A minimal application. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	public static class App {

	}

}

package dev.victor.client.reliability;

import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.http.VictorHttpSettings;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.TestClients;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.resources.ConnectionPoolMetrics;
import reactor.netty.resources.ConnectionProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RELIABILITY.md's pool hygiene soak: mixed calls (2xx, 4xx with large error bodies, 5xx,
 * mid-body reset, caller cancel, decode error) at concurrency 20 under Netty's paranoid
 * leak detection must leak no buffer and leave no connection acquired. The suite runs
 * {@value #DEFAULT_CALLS} calls; {@code -Dvictor.soak.calls=2000} runs the full soak.
 */
class PoolHygieneSoakTests {

	private static final int DEFAULT_CALLS = 300;

	private static final String LARGE_ERROR = "{\"message\":\"" + "x".repeat(200_000) + "\"}";

	@Test
	void mixedCallsLeakNoBufferAndReturnEveryConnection() throws Exception {
		int calls = Integer.getInteger("victor.soak.calls", DEFAULT_CALLS);
		ResourceLeakDetector.Level previous = ResourceLeakDetector.getLevel();
		ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
		drainEarlierLeakReports();
		ListAppender<ILoggingEvent> leaks = captureLeakReports();
		List<ConnectionPoolMetrics> pools = new CopyOnWriteArrayList<>();
		ConnectionProvider provider = ConnectionProvider.builder("soak")
			.maxConnections(20)
			.pendingAcquireTimeout(Duration.ofSeconds(10))
			.maxIdleTime(Duration.ofSeconds(20))
			.metrics(true,
					() -> (String poolName, String id, SocketAddress remote, ConnectionPoolMetrics metrics) -> pools
						.add(metrics))
			.build();
		AtomicInteger received = new AtomicInteger();
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> switch (received.getAndIncrement() % 7) {
			case 0 -> Action.respond(200, TestClients.RECEIPT);
			case 1 -> Action.respond(400, LARGE_ERROR);
			case 2 -> Action.respond(503, "{\"message\":\"busy\"}");
			case 3 -> Action.resetMidBody(200, TestClients.RECEIPT);
			case 4 -> Action.respondAfter(Duration.ofMillis(200), 200, TestClients.RECEIPT);
			case 5 -> Action.respond(200, "{not json");
			default -> Action.respond(404, "");
		})) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl())
				.connectionProvider(provider)
				.http(VictorHttpSettings.defaults().withResponseTimeout(Duration.ofSeconds(2)))
				.build();
			AtomicInteger succeeded = new AtomicInteger();
			AtomicInteger failed = new AtomicInteger();
			AtomicInteger cancelled = new AtomicInteger();
			Flux.range(0, calls)
				.flatMap((i) -> client.createAchPayment(TestClients.achPayment())
					.timeout(Duration.ofMillis((i % 10 == 0) ? 20 : 5_000))
					.doOnNext((receipt) -> succeeded.incrementAndGet())
					.onErrorResume((ex) -> {
						((ex instanceof TimeoutException) ? cancelled : failed).incrementAndGet();
						return Mono.empty();
					}), 20)
				.blockLast(Duration.ofMinutes(5));
			int acquired = awaitReleased(pools);
			int leakReports = forceLeakReports(leaks);
			System.out.printf(
					"Pool hygiene soak: %d calls at concurrency 20 (%d ok, %d failed, %d cancelled), "
							+ "%d requests, LEAK lines %d, acquired connections after %d%n",
					calls, succeeded.get(), failed.get(), cancelled.get(), server.requests().size(), leakReports,
					acquired);
			assertThat(succeeded.get() + failed.get() + cancelled.get()).isEqualTo(calls);
			assertThat(leakReports).isZero();
			assertThat(acquired).isZero();
		}
		finally {
			provider.disposeLater().block(Duration.ofSeconds(10));
			ResourceLeakDetector.setLevel(previous);
			((Logger) LoggerFactory.getLogger(ResourceLeakDetector.class)).detachAppender(leaks);
		}
	}

	@Test
	void canaryALeakedBufferIsReported() throws Exception {
		ResourceLeakDetector.Level previous = ResourceLeakDetector.getLevel();
		ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
		ListAppender<ILoggingEvent> leaks = captureLeakReports();
		try {
			leak();
			forceLeakReports(leaks);
			assertThat(leaks.list).as("the leak detector reports this test's own leaked buffer")
				.anySatisfy((event) -> assertThat(event.getFormattedMessage())
					.contains(PoolHygieneSoakTests.class.getName() + ".leak"));
		}
		finally {
			ResourceLeakDetector.setLevel(previous);
			((Logger) LoggerFactory.getLogger(ResourceLeakDetector.class)).detachAppender(leaks);
		}
	}

	private static void leak() {
		PooledByteBufAllocator.DEFAULT.buffer(64).writeInt(42);
	}

	private static ListAppender<ILoggingEvent> captureLeakReports() {
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		((Logger) LoggerFactory.getLogger(ResourceLeakDetector.class)).addAppender(appender);
		return appender;
	}

	private static int awaitReleased(List<ConnectionPoolMetrics> pools) throws InterruptedException {
		int acquired = Integer.MAX_VALUE;
		for (int i = 0; i < 100 && acquired != 0; i++) {
			acquired = pools.stream().mapToInt(ConnectionPoolMetrics::acquiredSize).sum();
			Thread.sleep(50);
		}
		return acquired;
	}

	/**
	 * Let every buffer leaked before this point (the canary's, or one sampled in an
	 * earlier test class of this JVM) be collected and reported now, outside the soak's
	 * window: a report is only written when a later buffer is tracked, so it could
	 * otherwise land in the middle of the soak and be counted as the soak's.
	 */
	private static void drainEarlierLeakReports() throws InterruptedException {
		ListAppender<ILoggingEvent> earlier = captureLeakReports();
		try {
			forceLeakReports(earlier);
		}
		finally {
			((Logger) LoggerFactory.getLogger(ResourceLeakDetector.class)).detachAppender(earlier);
		}
	}

	/**
	 * Leaks are reported when a later buffer is tracked after the leaked one was
	 * collected.
	 */
	private static int forceLeakReports(ListAppender<ILoggingEvent> leaks) throws InterruptedException {
		for (int round = 0; round < 3; round++) {
			System.gc();
			Thread.sleep(100);
			for (int i = 0; i < 200; i++) {
				ByteBuf buffer = PooledByteBufAllocator.DEFAULT.buffer(256);
				buffer.release();
			}
		}
		return (int) leaks.list.stream().filter((event) -> event.getFormattedMessage().contains("LEAK")).count();
	}

}

package dev.victor.client.reliability;

import java.time.Duration;

import dev.victor.client.http.VictorHttpSettings;
import dev.victor.client.http.VictorRetrySettings;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.TestClients;
import org.junit.jupiter.api.Test;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RELIABILITY.md's idle keep-alive race, scaled down 100 times: a server closes
 * connections idle for 300ms (think 30s), its close reaching the client 30ms later as
 * over a real network, and requests arrive spaced right around that limit. With the
 * pool's max idle time below the server's (200ms, like the 20s default against 30s), no
 * request ever lands on a connection the server is closing. The control keeps idle
 * connections for 10s and loses requests. Key-less POSTs without retries, so nothing
 * masks the race.
 */
class IdleKeepAliveRaceTests {

	private static final Duration SERVER_IDLE_TIMEOUT = Duration.ofMillis(300);

	private static final Duration CLOSE_LATENCY = Duration.ofMillis(30);

	private static final int REQUESTS = 20;

	@Test
	void aMaxIdleTimeBelowTheServersKeepAliveSurfacesNoErrors() throws Exception {
		int errors = raceErrors(Duration.ofMillis(200));
		int control = raceErrors(Duration.ofSeconds(10));
		System.out.printf(
				"Idle keep-alive race: %d requests spaced 300-319ms, server idle timeout 300ms closing 30ms later: "
						+ "max-idle 200ms -> %d errors; control max-idle 10s -> %d errors%n",
				REQUESTS, errors, control);
		assertThat(errors).isZero();
		assertThat(control).as("the control proves the race is real").isPositive();
	}

	private static int raceErrors(Duration maxIdleTime) throws Exception {
		ConnectionProvider pool = ConnectionProvider.builder("race").maxIdleTime(maxIdleTime).build();
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> Action.respond(200, "{}"),
				SERVER_IDLE_TIMEOUT, CLOSE_LATENCY)) {
			WebClient client = TestClients.builder(server.baseUrl())
				.retry(VictorRetrySettings.none())
				.http(VictorHttpSettings.defaults().withMaxIdleTime(maxIdleTime))
				.connectionProvider(pool)
				.buildWebClient();
			int errors = 0;
			for (int i = 0; i < REQUESTS; i++) {
				try {
					client.post().uri("/v2/webhooks").bodyValue("{}").retrieve().toBodilessEntity().block();
				}
				catch (RuntimeException ex) {
					errors++;
				}
				Thread.sleep(SERVER_IDLE_TIMEOUT.toMillis() + i);
			}
			return errors;
		}
		finally {
			pool.disposeLater().block(Duration.ofSeconds(5));
		}
	}

}

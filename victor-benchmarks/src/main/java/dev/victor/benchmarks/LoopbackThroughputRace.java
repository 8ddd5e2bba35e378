package dev.victor.benchmarks;

import java.net.URI;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.auth.VictorJwtSigner;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Loopback throughput, interleaved: the Victor client (cached token), a bare WebClient
 * that sends the same request with a token signed once, a bare WebClient that signs a
 * fresh RS512 JWT per request, as Victor's docs show, and, for reference, a bare
 * WebClient that sends no token at all take turns against the same Reactor Netty server
 * ({@link ThroughputRace}). The report is the median of the measured rounds.
 * <p>
 * Run:
 * {@code java -cp victor-benchmarks/target/benchmarks.jar dev.victor.benchmarks.LoopbackThroughputRace
 * [rounds=20] [warmupRounds=4] [secondsPerTurn=3] [callers=8]}. It sends only to
 * 127.0.0.1 and stops by itself.
 */
public final class LoopbackThroughputRace {

	private LoopbackThroughputRace() {
	}

	public static void main(String[] args) throws Exception {
		ThroughputRace race = new ThroughputRace(args, 20, 4);
		Map<String, List<Double>> rates = race.run(LoopbackThroughputRace::contenders);
		race.printRates("Loopback throughput", rates);
		ThroughputRace.printRatio(rates, "victorClient", "bareWebClient");
		System.out.printf("  victorClient / bareWebClientSigningPerRequest %.1fx%n",
				ThroughputRace.median(rates.get("victorClient"))
						/ ThroughputRace.median(rates.get("bareWebClientSigningPerRequest")));
		ThroughputRace.printRatio(rates, "victorClient", "bareWebClientWithoutToken");
		System.out.printf("  per-round victorClient / bareWebClient: %s%n",
				ThroughputRace.perRoundRatios(rates, "victorClient", "bareWebClient"));
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
			.filter((request,
					next) -> next.exchange(ClientRequest.from(request)
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

}

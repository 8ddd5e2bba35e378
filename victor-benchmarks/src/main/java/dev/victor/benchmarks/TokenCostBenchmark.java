package dev.victor.benchmarks;

import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.victor.client.auth.AccessToken;
import dev.victor.client.auth.JwtAuthentication;
import dev.victor.client.auth.VictorJwtSigner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a request pays for its token: the client's cached token against an RS512 signature
 * per request, for 2048-, 3072- and 4096-bit keys.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class TokenCostBenchmark {

	@Param({ "2048", "3072", "4096" })
	public int keySize;

	private VictorJwtSigner signer;

	private JwtAuthentication cached;

	@Setup
	public void setUp() {
		RSAPrivateKey key = BenchmarkFixtures.rsaKey(this.keySize);
		this.signer = new VictorJwtSigner(BenchmarkFixtures.API_KEY, key, Duration.ofSeconds(60), Clock.systemUTC());
		this.cached = new JwtAuthentication(this.signer, Clock.systemUTC());
		this.cached.token().block();
	}

	@Benchmark
	public AccessToken cachedToken() {
		return this.cached.token().block();
	}

	@Benchmark
	public AccessToken signPerRequest() {
		return this.signer.sign();
	}

}

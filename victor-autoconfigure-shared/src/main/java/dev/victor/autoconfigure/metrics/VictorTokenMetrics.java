package dev.victor.autoconfigure.metrics;

import dev.victor.client.auth.TokenListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the tokens the Victor client obtains as {@value #NAME}, tagged with the
 * authentication {@code mode} ({@code jwt}: signings, {@code oauth}: token fetches) and
 * the {@code outcome} ({@code issued}, {@code failed}, {@code rejected}).
 *
 * @since 0.1.0
 */
public class VictorTokenMetrics implements TokenListener {

	/** Name of the token counter. */
	public static final String NAME = "victor.client.tokens";

	private final MeterRegistry registry;

	/**
	 * Create a listener.
	 * @param registry where to count
	 */
	public VictorTokenMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void onTokenIssued(String mode) {
		count(mode, "issued");
	}

	@Override
	public void onTokenFailure(String mode, Throwable failure) {
		count(mode, "failed");
	}

	@Override
	public void onTokenRejected(String mode) {
		count(mode, "rejected");
	}

	private void count(String mode, String outcome) {
		Counter.builder(NAME)
			.description("Tokens the Victor client signed or fetched")
			.tag("mode", mode)
			.tag("outcome", outcome)
			.register(this.registry)
			.increment();
	}

}

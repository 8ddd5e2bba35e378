package dev.victor.autoconfigure.metrics;

import dev.victor.client.auth.TokenListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the tokens the Victor client's calls use as {@value #NAME}, tagged with the
 * authentication {@code mode} ({@code jwt}, {@code oauth} or an application's own) and
 * the {@code outcome}: {@code issued} when calls first use a new token, {@code failed}
 * when they receive a failure to get one (once per failure), {@code rejected} on a 401.
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
			.description("Tokens the Victor client's calls used, failed to get, or had rejected")
			.tag("mode", mode)
			.tag("outcome", outcome)
			.register(this.registry)
			.increment();
	}

}

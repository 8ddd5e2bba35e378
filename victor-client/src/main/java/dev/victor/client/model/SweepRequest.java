package dev.victor.client.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code createSweep} ({@code CreateSweepRequest}) and {@code updateSweep}: sweep
 * settings between two accounts. The schema's fields are not confirmed by the public
 * reference; their names live here only.
 *
 * @param fromAccountNumber account whose excess balance is swept (required) (wire name
 * unconfirmed)
 * @param toAccountNumber account that receives the swept funds (required) (wire name
 * unconfirmed)
 * @param targetBalance balance to leave in the swept account, in dollars (required; zero
 * or more with at most two decimals) (wire name unconfirmed)
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record SweepRequest(@Rule.Required @Nullable String fromAccountNumber,
		@Rule.Required @Nullable String toAccountNumber,
		@Rule.Balance @Nullable BigDecimal targetBalance) implements ValidatedRequest {

	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	/** Return a new builder of {@code SweepRequest}. */
	public static SweepRequestBuilder builder() {
		return new SweepRequestBuilder();
	}

}

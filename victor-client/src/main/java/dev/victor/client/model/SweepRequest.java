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
public record SweepRequest(@Nullable String fromAccountNumber, @Nullable String toAccountNumber,
		@Nullable BigDecimal targetBalance) implements ValidatedRequest {

	/**
	 * Return the fields, with names, account and routing numbers masked.
	 * @return the text
	 */
	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	@Override
	public void validate() {
		Constraints.of(this)
			.required("from_account_number", this.fromAccountNumber)
			.required("to_account_number", this.toAccountNumber)
			.balance("target_balance", this.targetBalance)
			.validate();
	}

	/**
	 * Start building a {@code SweepRequest}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link SweepRequest}; setters are named after the record components.
	 */
	public static final class Builder {

		private @Nullable String fromAccountNumber;

		private @Nullable String toAccountNumber;

		private @Nullable BigDecimal targetBalance;

		private Builder() {
		}

		/**
		 * Set {@code fromAccountNumber}.
		 * @param fromAccountNumber account whose excess balance is swept (required) (wire
		 * name unconfirmed)
		 * @return this builder
		 */
		public Builder fromAccountNumber(@Nullable String fromAccountNumber) {
			this.fromAccountNumber = fromAccountNumber;
			return this;
		}

		/**
		 * Set {@code toAccountNumber}.
		 * @param toAccountNumber account that receives the swept funds (required) (wire
		 * name unconfirmed)
		 * @return this builder
		 */
		public Builder toAccountNumber(@Nullable String toAccountNumber) {
			this.toAccountNumber = toAccountNumber;
			return this;
		}

		/**
		 * Set {@code targetBalance}.
		 * @param targetBalance balance to leave in the swept account, in dollars
		 * (required; zero or more with at most two decimals) (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder targetBalance(@Nullable BigDecimal targetBalance) {
			this.targetBalance = targetBalance;
			return this;
		}

		/**
		 * Build the {@code SweepRequest}.
		 * @return a new immutable instance
		 */
		public SweepRequest build() {
			return new SweepRequest(this.fromAccountNumber, this.toAccountNumber, this.targetBalance);
		}

	}

}

package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Wire instructions of a counterparty (only partly documented: further fields are
 * unconfirmed).
 *
 * @param accountNumber account number at the receiving bank
 * @param routingNumber nine-digit ABA routing number
 * @param bankName name of the receiving bank
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CounterpartyWireInfo(@Nullable String accountNumber, @Nullable String routingNumber,
		@Nullable String bankName) {

	/**
	 * Return the fields, with names, account and routing numbers masked.
	 * @return the text
	 */
	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	/**
	 * Start building a {@code CounterpartyWireInfo}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link CounterpartyWireInfo}; setters are named after the record
	 * components.
	 */
	public static final class Builder {

		private @Nullable String accountNumber;

		private @Nullable String routingNumber;

		private @Nullable String bankName;

		private Builder() {
		}

		/**
		 * Set the account number at the receiving bank.
		 * @param accountNumber account number at the receiving bank
		 * @return this builder
		 */
		public Builder accountNumber(@Nullable String accountNumber) {
			this.accountNumber = accountNumber;
			return this;
		}

		/**
		 * Set the nine-digit ABA routing number.
		 * @param routingNumber nine-digit ABA routing number
		 * @return this builder
		 */
		public Builder routingNumber(@Nullable String routingNumber) {
			this.routingNumber = routingNumber;
			return this;
		}

		/**
		 * Set the name of the receiving bank.
		 * @param bankName name of the receiving bank
		 * @return this builder
		 */
		public Builder bankName(@Nullable String bankName) {
			this.bankName = bankName;
			return this;
		}

		/**
		 * Build the CounterpartyWireInfo.
		 * @return a new immutable instance
		 */
		public CounterpartyWireInfo build() {
			return new CounterpartyWireInfo(this.accountNumber, this.routingNumber, this.bankName);
		}

	}

}

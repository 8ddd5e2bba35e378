package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * ACH instructions of a counterparty: where ACH payments and book transfers go.
 *
 * @param accountNumber account number at the receiving bank
 * @param accountType account type, for example {@code checking} or {@code savings}
 * (values unconfirmed)
 * @param routingNumber nine-digit ABA routing number
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CounterpartyAchInfo(@Nullable String accountNumber, @Nullable String accountType,
		@Nullable String routingNumber) {

	/**
	 * Return the fields, with names, account and routing numbers masked.
	 * @return the text
	 */
	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	/**
	 * Start building a {@code CounterpartyAchInfo}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link CounterpartyAchInfo}; setters are named after the record
	 * components.
	 */
	public static final class Builder {

		private @Nullable String accountNumber;

		private @Nullable String accountType;

		private @Nullable String routingNumber;

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
		 * Set the account type, for example {@code checking} or {@code savings}.
		 * @param accountType account type, for example {@code checking} or
		 * {@code savings} (values unconfirmed)
		 * @return this builder
		 */
		public Builder accountType(@Nullable String accountType) {
			this.accountType = accountType;
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
		 * Build the CounterpartyAchInfo.
		 * @return a new immutable instance
		 */
		public CounterpartyAchInfo build() {
			return new CounterpartyAchInfo(this.accountNumber, this.accountType, this.routingNumber);
		}

	}

}

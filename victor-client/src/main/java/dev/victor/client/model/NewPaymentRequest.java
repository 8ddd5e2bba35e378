package dev.victor.client.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code requestPayment}: ask a counterparty to pay into one of the caller's
 * accounts over RTP or FedNow. Check the payer's bank first with {@code
 * getInstantPaymentEligibility}. The schema is not confirmed by the public reference; its
 * names live here only.
 *
 * @param toAccountNumber account that receives the payment (required) (wire name
 * unconfirmed)
 * @param counterpartyId Victor ID of the counterparty asked to pay, with RTP instructions
 * (required) (wire name unconfirmed)
 * @param amount requested amount in dollars (required; greater than zero with at most two
 * decimals) (wire name unconfirmed)
 * @param description what the payment is for (optional; at most 140 characters) (wire
 * name unconfirmed)
 * @param clientReferenceId caller-generated reference (optional; at most 128 characters)
 * (wire name unconfirmed)
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewPaymentRequest(@Nullable String toAccountNumber, @Nullable String counterpartyId,
		@Nullable BigDecimal amount, @Nullable String description,
		@Nullable String clientReferenceId) implements ValidatedRequest {

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
			.required("to_account_number", this.toAccountNumber)
			.required("counterparty_id", this.counterpartyId)
			.amount("amount", this.amount)
			.maxLength("description", this.description, 140)
			.maxLength("client_reference_id", this.clientReferenceId, 128)
			.validate();
	}

	/**
	 * Start building a {@code NewPaymentRequest}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link NewPaymentRequest}; setters are named after the record
	 * components.
	 */
	public static final class Builder {

		private @Nullable String toAccountNumber;

		private @Nullable String counterpartyId;

		private @Nullable BigDecimal amount;

		private @Nullable String description;

		private @Nullable String clientReferenceId;

		private Builder() {
		}

		/**
		 * Set {@code toAccountNumber}.
		 * @param toAccountNumber account that receives the payment (required) (wire name
		 * unconfirmed)
		 * @return this builder
		 */
		public Builder toAccountNumber(@Nullable String toAccountNumber) {
			this.toAccountNumber = toAccountNumber;
			return this;
		}

		/**
		 * Set {@code counterpartyId}.
		 * @param counterpartyId Victor ID of the counterparty asked to pay, with RTP
		 * instructions (required) (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder counterpartyId(@Nullable String counterpartyId) {
			this.counterpartyId = counterpartyId;
			return this;
		}

		/**
		 * Set {@code amount}.
		 * @param amount requested amount in dollars (required; greater than zero with at
		 * most two decimals) (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder amount(@Nullable BigDecimal amount) {
			this.amount = amount;
			return this;
		}

		/**
		 * Set {@code description}.
		 * @param description what the payment is for (optional; at most 140 characters)
		 * (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * Set {@code clientReferenceId}.
		 * @param clientReferenceId caller-generated reference (optional; at most 128
		 * characters) (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder clientReferenceId(@Nullable String clientReferenceId) {
			this.clientReferenceId = clientReferenceId;
			return this;
		}

		/**
		 * Build the {@code NewPaymentRequest}.
		 * @return a new immutable instance
		 */
		public NewPaymentRequest build() {
			return new NewPaymentRequest(this.toAccountNumber, this.counterpartyId, this.amount, this.description,
					this.clientReferenceId);
		}

	}

}

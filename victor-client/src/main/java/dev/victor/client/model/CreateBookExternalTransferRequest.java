package dev.victor.client.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code createBookExternalTransfer}: moves money to an account of another client
 * at the same bank (not to a virtual account).
 *
 * @param originatingAccountNumber number of the account the money leaves (must hold more
 * than the amount)
 * @param destinationAccountNumber number of the account that receives the money
 * @param amount amount in dollars (greater than zero with at most two decimals)
 * @param clientReferenceId caller-generated reference (optional; at most 128 characters;
 * wire name unconfirmed)
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateBookExternalTransferRequest(@Nullable String originatingAccountNumber,
		@Nullable String destinationAccountNumber, @Nullable BigDecimal amount,
		@Nullable String clientReferenceId) implements TransactionCreateRequest<CreateBookExternalTransferRequest> {

	@Override
	public CreateBookExternalTransferRequest withClientReferenceId(String clientReferenceId) {
		return new CreateBookExternalTransferRequest(this.originatingAccountNumber, this.destinationAccountNumber,
				this.amount, clientReferenceId);
	}

	/**
	 * Return the fields, with names, account and routing numbers masked.
	 * @return the text
	 */
	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	/**
	 * Return the {@code book_type} Victor expects for this request.
	 * @return {@code external}
	 */
	@JsonProperty("book_type")
	public String bookType() {
		return "external";
	}

	@Override
	public void validate() {
		Constraints.of(this)
			.required("originating_account_number", this.originatingAccountNumber)
			.required("destination_account_number", this.destinationAccountNumber)
			.amount("amount", this.amount)
			.maxLength("client_reference_id", this.clientReferenceId, 128)
			.validate();
	}

	/**
	 * Start building a {@code CreateBookExternalTransferRequest}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link CreateBookExternalTransferRequest}; setters are named after the
	 * record components.
	 */
	public static final class Builder {

		private @Nullable String originatingAccountNumber;

		private @Nullable String destinationAccountNumber;

		private @Nullable BigDecimal amount;

		private @Nullable String clientReferenceId;

		private Builder() {
		}

		/**
		 * Set the number of the account the money leaves.
		 * @param originatingAccountNumber number of the account the money leaves (must
		 * hold more than the amount)
		 * @return this builder
		 */
		public Builder originatingAccountNumber(@Nullable String originatingAccountNumber) {
			this.originatingAccountNumber = originatingAccountNumber;
			return this;
		}

		/**
		 * Set the number of the account that receives the money.
		 * @param destinationAccountNumber number of the account that receives the money
		 * @return this builder
		 */
		public Builder destinationAccountNumber(@Nullable String destinationAccountNumber) {
			this.destinationAccountNumber = destinationAccountNumber;
			return this;
		}

		/**
		 * Set the amount in dollars.
		 * @param amount amount in dollars (greater than zero with at most two decimals)
		 * @return this builder
		 */
		public Builder amount(@Nullable BigDecimal amount) {
			this.amount = amount;
			return this;
		}

		/**
		 * Set the caller-generated reference.
		 * @param clientReferenceId caller-generated reference (optional; at most 128
		 * characters; wire name unconfirmed)
		 * @return this builder
		 */
		public Builder clientReferenceId(@Nullable String clientReferenceId) {
			this.clientReferenceId = clientReferenceId;
			return this;
		}

		/**
		 * Build the CreateBookExternalTransferRequest.
		 * @return a new immutable instance
		 */
		public CreateBookExternalTransferRequest build() {
			return new CreateBookExternalTransferRequest(this.originatingAccountNumber, this.destinationAccountNumber,
					this.amount, this.clientReferenceId);
		}

	}

}

package dev.victor.client.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code createAchPayment}: an ACH credit to, or debit from, a counterparty.
 * Field limits follow NACHA and the Victor reference; names marked unconfirmed follow
 * Victor's documented snake_case style until the schema is confirmed.
 *
 * @param fromAccountNumber number of the originating account (required; wire name unconfirmed)
 * @param counterpartyId Victor ID of the counterparty (required; wire name unconfirmed)
 * @param amount amount in dollars (required; greater than zero with at most two decimals)
 * @param direction credit pays the counterparty, debit collects from it (required)
 * @param secCode NACHA standard entry class code (required)
 * @param sameDay whether the payment goes out as same-day ACH (optional; wire name unconfirmed)
 * @param clientReferenceId caller-generated reference (optional; at most 128 characters; wire name unconfirmed)
 * @param companyName override of the originating company name (optional; at most 16 characters)
 * @param companyId override of the originating company ID (optional; at most 10 characters; needs companyName)
 * @param companyEntryDescription NACHA company entry description, the payment purpose (optional; at most 10 characters)
 * @param addenda addenda information for the receiver (optional; at most 100 characters; wire name unconfirmed)
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewAchPaymentRequest(
		String fromAccountNumber,
		String counterpartyId,
		BigDecimal amount,
		AchDirection direction,
		SecCode secCode,
		Boolean sameDay,
		String clientReferenceId,
		String companyName,
		String companyId,
		String companyEntryDescription,
		String addenda) implements ValidatedRequest {

	@Override
	public void validate() {
		Constraints.of(this)
			.required("from_account_number", this.fromAccountNumber)
			.required("counterparty_id", this.counterpartyId)
			.amount("amount", this.amount)
			.known("direction", this.direction)
			.known("sec_code", this.secCode)
			.maxLength("client_reference_id", this.clientReferenceId, 128)
			.maxLength("company_name", this.companyName, 16)
			.maxLength("company_id", this.companyId, 10)
			.requiredWith("company_name", this.companyName, "company_id", this.companyId)
			.maxLength("company_entry_description", this.companyEntryDescription, 10)
			.maxLength("addenda", this.addenda, 100)
			.validate();
	}

	/**
	 * Start building a {@code NewAchPaymentRequest}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link NewAchPaymentRequest}; setters are named after the record components.
	 */
	public static final class Builder {

		private String fromAccountNumber;

		private String counterpartyId;

		private BigDecimal amount;

		private AchDirection direction;

		private SecCode secCode;

		private Boolean sameDay;

		private String clientReferenceId;

		private String companyName;

		private String companyId;

		private String companyEntryDescription;

		private String addenda;

		private Builder() {
		}

		/**
		 * Set the number of the originating account.
		 * @param fromAccountNumber number of the originating account (required; wire name unconfirmed)
		 * @return this builder
		 */
		public Builder fromAccountNumber(String fromAccountNumber) {
			this.fromAccountNumber = fromAccountNumber;
			return this;
		}

		/**
		 * Set the Victor ID of the counterparty.
		 * @param counterpartyId Victor ID of the counterparty (required; wire name unconfirmed)
		 * @return this builder
		 */
		public Builder counterpartyId(String counterpartyId) {
			this.counterpartyId = counterpartyId;
			return this;
		}

		/**
		 * Set the amount in dollars.
		 * @param amount amount in dollars (required; greater than zero with at most two decimals)
		 * @return this builder
		 */
		public Builder amount(BigDecimal amount) {
			this.amount = amount;
			return this;
		}

		/**
		 * Set the direction: credit pays the counterparty, debit collects from it.
		 * @param direction credit pays the counterparty, debit collects from it (required)
		 * @return this builder
		 */
		public Builder direction(AchDirection direction) {
			this.direction = direction;
			return this;
		}

		/**
		 * Set the NACHA standard entry class code.
		 * @param secCode NACHA standard entry class code (required)
		 * @return this builder
		 */
		public Builder secCode(SecCode secCode) {
			this.secCode = secCode;
			return this;
		}

		/**
		 * Set whether the payment goes out as same-day ACH.
		 * @param sameDay whether the payment goes out as same-day ACH (optional; wire name unconfirmed)
		 * @return this builder
		 */
		public Builder sameDay(Boolean sameDay) {
			this.sameDay = sameDay;
			return this;
		}

		/**
		 * Set the caller-generated reference.
		 * @param clientReferenceId caller-generated reference (optional; at most 128 characters; wire name unconfirmed)
		 * @return this builder
		 */
		public Builder clientReferenceId(String clientReferenceId) {
			this.clientReferenceId = clientReferenceId;
			return this;
		}

		/**
		 * Set the override of the originating company name.
		 * @param companyName override of the originating company name (optional; at most 16 characters)
		 * @return this builder
		 */
		public Builder companyName(String companyName) {
			this.companyName = companyName;
			return this;
		}

		/**
		 * Set the override of the originating company ID.
		 * @param companyId override of the originating company ID (optional; at most 10 characters; needs companyName)
		 * @return this builder
		 */
		public Builder companyId(String companyId) {
			this.companyId = companyId;
			return this;
		}

		/**
		 * Set the NACHA company entry description, the payment purpose.
		 * @param companyEntryDescription NACHA company entry description, the payment purpose (optional; at most 10 characters)
		 * @return this builder
		 */
		public Builder companyEntryDescription(String companyEntryDescription) {
			this.companyEntryDescription = companyEntryDescription;
			return this;
		}

		/**
		 * Set the addenda information for the receiver.
		 * @param addenda addenda information for the receiver (optional; at most 100 characters; wire name unconfirmed)
		 * @return this builder
		 */
		public Builder addenda(String addenda) {
			this.addenda = addenda;
			return this;
		}

		/**
		 * Build the NewAchPaymentRequest.
		 * @return a new immutable instance
		 */
		public NewAchPaymentRequest build() {
			return new NewAchPaymentRequest(this.fromAccountNumber, this.counterpartyId, this.amount, this.direction, this.secCode, this.sameDay, this.clientReferenceId, this.companyName, this.companyId, this.companyEntryDescription, this.addenda);
		}

	}

}

package dev.victor.client.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code createAchPayment}: an ACH credit to, or debit from, a counterparty.
 * Field limits follow NACHA and the Victor reference; names marked unconfirmed follow
 * Victor's documented snake_case style until the schema is confirmed.
 *
 * @param fromAccountNumber number of the originating account (required; wire name
 * unconfirmed)
 * @param counterpartyId Victor ID of the counterparty (required; wire name unconfirmed)
 * @param amount amount in dollars (required; greater than zero with at most two decimals)
 * @param direction credit pays the counterparty, debit collects from it (required)
 * @param secCode NACHA standard entry class code (required)
 * @param sameDay whether the payment goes out as same-day ACH (optional; wire name
 * unconfirmed)
 * @param clientReferenceId caller-generated reference (optional; at most 128 characters;
 * wire name unconfirmed)
 * @param companyName override of the originating company name (optional; at most 16
 * characters)
 * @param companyId override of the originating company ID (optional; at most 10
 * characters; needs companyName)
 * @param companyEntryDescription NACHA company entry description, the payment purpose
 * (optional; at most 10 characters)
 * @param addenda addenda information for the receiver (optional; at most 100 characters;
 * wire name unconfirmed)
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record NewAchPaymentRequest(@Rule.Required @Nullable String fromAccountNumber,
		@Rule.Required @Nullable String counterpartyId, @Rule.Amount @Nullable BigDecimal amount,
		@Rule.Known @Nullable AchDirection direction, @Rule.Known @Nullable SecCode secCode, @Nullable Boolean sameDay,
		@Rule.MaxLength(128) @Nullable String clientReferenceId, @Rule.MaxLength(16) @Nullable String companyName,
		@Rule.MaxLength(10) @Nullable String companyId, @Rule.MaxLength(10) @Nullable String companyEntryDescription,
		@Rule.MaxLength(100) @Nullable String addenda) implements TransactionCreateRequest<NewAchPaymentRequest> {

	@Override
	public NewAchPaymentRequest withClientReferenceId(String clientReferenceId) {
		return new NewAchPaymentRequest(this.fromAccountNumber, this.counterpartyId, this.amount, this.direction,
				this.secCode, this.sameDay, clientReferenceId, this.companyName, this.companyId,
				this.companyEntryDescription, this.addenda);
	}

	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	@Override
	public void validate() {
		Constraints.of(this).requiredWith("company_name", this.companyName, "company_id", this.companyId).validate();
	}

	/** Return a new builder of {@code NewAchPaymentRequest}. */
	public static NewAchPaymentRequestBuilder builder() {
		return new NewAchPaymentRequestBuilder();
	}

}

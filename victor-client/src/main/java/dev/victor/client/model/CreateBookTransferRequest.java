package dev.victor.client.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code createBookTransfer}: moves money between two accounts of the same client
 * at the same bank.
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
@GeneratedBuilder
public record CreateBookTransferRequest(@Rule.Required @Nullable String originatingAccountNumber,
		@Rule.Required @Nullable String destinationAccountNumber, @Rule.Amount @Nullable BigDecimal amount,
		@Rule.MaxLength(128) @Nullable String clientReferenceId)
		implements
			TransactionCreateRequest<CreateBookTransferRequest> {

	@Override
	public CreateBookTransferRequest withClientReferenceId(String clientReferenceId) {
		return new CreateBookTransferRequest(this.originatingAccountNumber, this.destinationAccountNumber, this.amount,
				clientReferenceId);
	}

	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	/**
	 * Return the {@code book_type} Victor expects for this request.
	 * @return {@code internal}
	 */
	@JsonProperty("book_type")
	public String bookType() {
		return "internal";
	}

	/** Return a new builder of {@code CreateBookTransferRequest}. */
	public static CreateBookTransferRequestBuilder builder() {
		return new CreateBookTransferRequestBuilder();
	}

}

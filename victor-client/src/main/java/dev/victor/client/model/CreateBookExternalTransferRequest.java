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
@GeneratedBuilder
public record CreateBookExternalTransferRequest(@Rule.Required @Nullable String originatingAccountNumber,
		@Rule.Required @Nullable String destinationAccountNumber, @Rule.Amount @Nullable BigDecimal amount,
		@Rule.MaxLength(128) @Nullable String clientReferenceId)
		implements
			TransactionCreateRequest<CreateBookExternalTransferRequest> {

	@Override
	public CreateBookExternalTransferRequest withClientReferenceId(String clientReferenceId) {
		return new CreateBookExternalTransferRequest(this.originatingAccountNumber, this.destinationAccountNumber,
				this.amount, clientReferenceId);
	}

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

	/** Return a new builder of {@code CreateBookExternalTransferRequest}. */
	public static CreateBookExternalTransferRequestBuilder builder() {
		return new CreateBookExternalTransferRequestBuilder();
	}

}

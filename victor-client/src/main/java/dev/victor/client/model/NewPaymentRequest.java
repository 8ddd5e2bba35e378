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
@GeneratedBuilder
public record NewPaymentRequest(@Rule.Required @Nullable String toAccountNumber,
		@Rule.Required @Nullable String counterpartyId, @Rule.Amount @Nullable BigDecimal amount,
		@Rule.MaxLength(140) @Nullable String description,
		@Rule.MaxLength(128) @Nullable String clientReferenceId) implements ValidatedRequest {

	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	/** Return a new builder of {@code NewPaymentRequest}. */
	public static NewPaymentRequestBuilder builder() {
		return new NewPaymentRequestBuilder();
	}

}

package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code updateAchPayment}. Victor documents one update, cancelling an ACH
 * payment while it is still {@code Pending}; build it with {@link #cancel()}. The schema
 * is not confirmed by the public reference.
 *
 * @param status the requested status; only {@code Cancelled} is documented (required)
 * (wire name unconfirmed)
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record UpdateAchPaymentRequest(@Rule.Known @Nullable TransactionStatus status) implements ValidatedRequest {

	/**
	 * Return the update that cancels a pending ACH payment.
	 * @return the cancellation
	 */
	public static UpdateAchPaymentRequest cancel() {
		return new UpdateAchPaymentRequest(TransactionStatus.CANCELLED);
	}

	@Override
	public void validate() {
		Constraints.of(this).oneOf("status", this.status, TransactionStatus.CANCELLED).validate();
	}

	/** Return a new builder of {@code UpdateAchPaymentRequest}. */
	public static UpdateAchPaymentRequestBuilder builder() {
		return new UpdateAchPaymentRequestBuilder();
	}

}

package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code respondToPaymentRequest}: accept or reject an inbound request for
 * payment. Accepting pays it (an RTP send, or an inbound RTP for an external payer);
 * rejecting marks it {@code Declined}. {@code victor_payment_request_id} is named in
 * Victor's guide; the other names are unconfirmed.
 *
 * @param victorPaymentRequestId Victor ID of the inbound request for payment (required)
 * @param action accept or reject (required) (wire name unconfirmed)
 * @param declineReason why the request is rejected (optional) (wire name unconfirmed)
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record PaymentRequestDecision(@Rule.Required @Nullable String victorPaymentRequestId,
		@Rule.Known @Nullable PaymentRequestAction action, @Nullable String declineReason) implements ValidatedRequest {

	/**
	 * Return the decision that accepts, and so pays, a request for payment.
	 * @param victorPaymentRequestId Victor ID of the inbound request
	 * @return the decision
	 */
	public static PaymentRequestDecision accept(String victorPaymentRequestId) {
		return new PaymentRequestDecision(victorPaymentRequestId, PaymentRequestAction.ACCEPT, null);
	}

	/**
	 * Return the decision that rejects a request for payment.
	 * @param victorPaymentRequestId Victor ID of the inbound request
	 * @param declineReason why it is rejected, or {@code null}
	 * @return the decision
	 */
	public static PaymentRequestDecision reject(String victorPaymentRequestId, String declineReason) {
		return new PaymentRequestDecision(victorPaymentRequestId, PaymentRequestAction.REJECT, declineReason);
	}

	/** Return a new builder of {@code PaymentRequestDecision}. */
	public static PaymentRequestDecisionBuilder builder() {
		return new PaymentRequestDecisionBuilder();
	}

}

package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code createRtpSendRequest}: an irrevocable credit push over the RTP network.
 * The top-level {@code payee}, {@code payer} and {@code payment_details} objects are
 * confirmed by the reference; the caller reference's name and the nested fields are not.
 * Check the payee's bank first with {@code getInstantPaymentEligibility}.
 *
 * @param payee who receives the money (required)
 * @param payer the caller's account the money leaves (required)
 * @param paymentDetails amount and remittance information (required)
 * @param clientReferenceId caller-generated reference (optional; at most 128 characters)
 * (wire name unconfirmed)
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record CreateRtpSendRequest(@Rule.Required @Rule.Nested @Nullable RtpParty payee,
		@Rule.Required @Rule.Nested @Nullable RtpParty payer,
		@Rule.Required @Rule.Nested @Nullable RtpPaymentDetails paymentDetails,
		@Rule.MaxLength(128) @Nullable String clientReferenceId)
		implements
			TransactionCreateRequest<CreateRtpSendRequest> {

	@Override
	public CreateRtpSendRequest withClientReferenceId(String clientReferenceId) {
		return new CreateRtpSendRequest(this.payee, this.payer, this.paymentDetails, clientReferenceId);
	}

	/** Return a new builder of {@code CreateRtpSendRequest}. */
	public static CreateRtpSendRequestBuilder builder() {
		return new CreateRtpSendRequestBuilder();
	}

}

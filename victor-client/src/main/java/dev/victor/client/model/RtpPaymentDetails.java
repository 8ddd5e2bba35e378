package dev.victor.client.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Amount and remittance information of an RTP send. The fields are not confirmed by the
 * public reference; their names live here only.
 *
 * @param amount amount in dollars (required; greater than zero with at most two decimals)
 * (wire name unconfirmed)
 * @param description remittance information for the payee (optional; at most 140
 * characters) (wire name unconfirmed)
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record RtpPaymentDetails(@Rule.Amount @Nullable BigDecimal amount,
		@Rule.MaxLength(140) @Nullable String description) {

	/** Return a new builder of {@code RtpPaymentDetails}. */
	public static RtpPaymentDetailsBuilder builder() {
		return new RtpPaymentDetailsBuilder();
	}

}

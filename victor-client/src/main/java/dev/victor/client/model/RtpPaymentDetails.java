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
public record RtpPaymentDetails(@Nullable BigDecimal amount, @Nullable String description) {

	static void check(Constraints constraints, RtpPaymentDetails details) {
		constraints.amount("amount", details.amount()).maxLength("description", details.description(), 140);
	}

	/**
	 * Start building a {@code RtpPaymentDetails}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link RtpPaymentDetails}; setters are named after the record
	 * components.
	 */
	public static final class Builder {

		private @Nullable BigDecimal amount;

		private @Nullable String description;

		private Builder() {
		}

		/**
		 * Set {@code amount}.
		 * @param amount amount in dollars (required; greater than zero with at most two
		 * decimals) (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder amount(@Nullable BigDecimal amount) {
			this.amount = amount;
			return this;
		}

		/**
		 * Set {@code description}.
		 * @param description remittance information for the payee (optional; at most 140
		 * characters) (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * Build the {@code RtpPaymentDetails}.
		 * @return a new immutable instance
		 */
		public RtpPaymentDetails build() {
			return new RtpPaymentDetails(this.amount, this.description);
		}

	}

}

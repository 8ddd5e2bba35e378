package dev.victor.client.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A request for payment (RfP) sent or received over RTP or FedNow. {@code
 * victor_payment_request_id} and {@code direction} are named in Victor's guide; the other
 * fields are unconfirmed, and everything else is kept in {@link #extras()}.
 *
 * @param victorPaymentRequestId Victor ID of the request for payment
 * @param direction whether the caller sent ({@code OUTBOUND}) or received it
 * @param status status of the request, {@code Declined} once rejected (wire name
 * unconfirmed)
 * @param amount requested amount in dollars (wire name unconfirmed)
 * @param counterpartyId Victor ID of the other party (wire name unconfirmed)
 * @param description what the payment is for (wire name unconfirmed)
 * @param createdAt when the request was created (wire name unconfirmed)
 * @param extras response properties this client does not model yet
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentRequest(@Nullable String victorPaymentRequestId, @Nullable PaymentRequestDirection direction,
		@Nullable TransactionStatus status, @Nullable BigDecimal amount, @Nullable String counterpartyId,
		@Nullable String description, @Nullable Instant createdAt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extras) {

	/**
	 * Normalise the extras to an unmodifiable, never-null map.
	 */
	public PaymentRequest {
		extras = (extras != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extras)) : Map.of();
	}

	/**
	 * Start building a {@code PaymentRequest}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link PaymentRequest}; setters are named after the record components.
	 */
	public static final class Builder {

		private @Nullable String victorPaymentRequestId;

		private @Nullable PaymentRequestDirection direction;

		private @Nullable TransactionStatus status;

		private @Nullable BigDecimal amount;

		private @Nullable String counterpartyId;

		private @Nullable String description;

		private @Nullable Instant createdAt;

		private Map<String, Object> extras = Map.of();

		private Builder() {
		}

		/**
		 * Set {@code victorPaymentRequestId}.
		 * @param victorPaymentRequestId Victor ID of the request for payment
		 * @return this builder
		 */
		public Builder victorPaymentRequestId(@Nullable String victorPaymentRequestId) {
			this.victorPaymentRequestId = victorPaymentRequestId;
			return this;
		}

		/**
		 * Set {@code direction}.
		 * @param direction whether the caller sent ({@code OUTBOUND}) or received it
		 * @return this builder
		 */
		public Builder direction(@Nullable PaymentRequestDirection direction) {
			this.direction = direction;
			return this;
		}

		/**
		 * Set {@code status}.
		 * @param status status of the request, {@code Declined} once rejected (wire name
		 * unconfirmed)
		 * @return this builder
		 */
		public Builder status(@Nullable TransactionStatus status) {
			this.status = status;
			return this;
		}

		/**
		 * Set {@code amount}.
		 * @param amount requested amount in dollars (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder amount(@Nullable BigDecimal amount) {
			this.amount = amount;
			return this;
		}

		/**
		 * Set {@code counterpartyId}.
		 * @param counterpartyId Victor ID of the other party (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder counterpartyId(@Nullable String counterpartyId) {
			this.counterpartyId = counterpartyId;
			return this;
		}

		/**
		 * Set {@code description}.
		 * @param description what the payment is for (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * Set {@code createdAt}.
		 * @param createdAt when the request was created (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Instant createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Set {@code extras}.
		 * @param extras response properties this client does not model yet
		 * @return this builder
		 */
		public Builder extras(Map<String, Object> extras) {
			this.extras = extras;
			return this;
		}

		/**
		 * Build the {@code PaymentRequest}.
		 * @return a new immutable instance
		 */
		public PaymentRequest build() {
			return new PaymentRequest(this.victorPaymentRequestId, this.direction, this.status, this.amount,
					this.counterpartyId, this.description, this.createdAt, this.extras);
		}

	}

}

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
 * One transaction as returned by {@code getTransactionById}. The schema's fields are not
 * confirmed by the public reference: the names below follow Victor's documented style,
 * and everything else Victor sends is kept in {@link #extras()}.
 *
 * @param victorTransactionId Victor-generated transaction ID
 * @param clientReferenceId caller-generated reference, if one was given
 * @param transactionType kind of transaction, for example ACH or wire (wire name
 * unconfirmed)
 * @param status current status
 * @param amount amount in dollars
 * @param direction credit or debit, inbound or outbound (wire name unconfirmed)
 * @param fromAccountNumber originating account number (wire name unconfirmed)
 * @param counterpartyId Victor ID of the counterparty (wire name unconfirmed)
 * @param createdAt when Victor created the transaction
 * @param updatedAt when the transaction last changed (wire name unconfirmed)
 * @param extras response properties this client does not model yet
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransactionDetails(@Nullable String victorTransactionId, @Nullable String clientReferenceId,
		@Nullable String transactionType, @Nullable TransactionStatus status, @Nullable BigDecimal amount,
		@Nullable String direction, @Nullable String fromAccountNumber, @Nullable String counterpartyId,
		@Nullable Instant createdAt, @Nullable Instant updatedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extras) {

	/**
	 * Return the fields, with names, account and routing numbers masked.
	 * @return the text
	 */
	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	/**
	 * Normalise the extras to an unmodifiable, never-null map.
	 */
	public TransactionDetails {
		extras = (extras != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extras)) : Map.of();
	}

	/**
	 * Start building a {@code TransactionDetails}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link TransactionDetails}; setters are named after the record
	 * components.
	 */
	public static final class Builder {

		private @Nullable String victorTransactionId;

		private @Nullable String clientReferenceId;

		private @Nullable String transactionType;

		private @Nullable TransactionStatus status;

		private @Nullable BigDecimal amount;

		private @Nullable String direction;

		private @Nullable String fromAccountNumber;

		private @Nullable String counterpartyId;

		private @Nullable Instant createdAt;

		private @Nullable Instant updatedAt;

		private Map<String, Object> extras = Map.of();

		private Builder() {
		}

		/**
		 * Set the Victor-generated transaction ID.
		 * @param victorTransactionId Victor-generated transaction ID
		 * @return this builder
		 */
		public Builder victorTransactionId(@Nullable String victorTransactionId) {
			this.victorTransactionId = victorTransactionId;
			return this;
		}

		/**
		 * Set the caller-generated reference, if one was given.
		 * @param clientReferenceId caller-generated reference, if one was given
		 * @return this builder
		 */
		public Builder clientReferenceId(@Nullable String clientReferenceId) {
			this.clientReferenceId = clientReferenceId;
			return this;
		}

		/**
		 * Set the kind of transaction, for example ACH or wire.
		 * @param transactionType kind of transaction, for example ACH or wire (wire name
		 * unconfirmed)
		 * @return this builder
		 */
		public Builder transactionType(@Nullable String transactionType) {
			this.transactionType = transactionType;
			return this;
		}

		/**
		 * Set the current status.
		 * @param status current status
		 * @return this builder
		 */
		public Builder status(@Nullable TransactionStatus status) {
			this.status = status;
			return this;
		}

		/**
		 * Set the amount in dollars.
		 * @param amount amount in dollars
		 * @return this builder
		 */
		public Builder amount(@Nullable BigDecimal amount) {
			this.amount = amount;
			return this;
		}

		/**
		 * Set the direction: credit or debit, inbound or outbound.
		 * @param direction credit or debit, inbound or outbound (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder direction(@Nullable String direction) {
			this.direction = direction;
			return this;
		}

		/**
		 * Set the originating account number.
		 * @param fromAccountNumber originating account number (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder fromAccountNumber(@Nullable String fromAccountNumber) {
			this.fromAccountNumber = fromAccountNumber;
			return this;
		}

		/**
		 * Set the Victor ID of the counterparty.
		 * @param counterpartyId Victor ID of the counterparty (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder counterpartyId(@Nullable String counterpartyId) {
			this.counterpartyId = counterpartyId;
			return this;
		}

		/**
		 * Set when Victor created the transaction.
		 * @param createdAt when Victor created the transaction
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Instant createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Set when the transaction last changed.
		 * @param updatedAt when the transaction last changed (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder updatedAt(@Nullable Instant updatedAt) {
			this.updatedAt = updatedAt;
			return this;
		}

		/**
		 * Set the response properties this client does not model yet.
		 * @param extras the extra properties
		 * @return this builder
		 */
		public Builder extras(Map<String, Object> extras) {
			this.extras = extras;
			return this;
		}

		/**
		 * Build the TransactionDetails.
		 * @return a new immutable instance
		 */
		public TransactionDetails build() {
			return new TransactionDetails(this.victorTransactionId, this.clientReferenceId, this.transactionType,
					this.status, this.amount, this.direction, this.fromAccountNumber, this.counterpartyId,
					this.createdAt, this.updatedAt, this.extras);
		}

	}

}

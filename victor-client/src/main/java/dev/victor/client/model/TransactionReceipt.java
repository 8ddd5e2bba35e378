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
 * Victor's answer to a create-payment or transfer call: the transaction it accepted.
 *
 * @param victorTransactionId Victor-generated transaction ID
 * @param status status of the transaction when it was accepted
 * @param amount amount in dollars
 * @param createdAt when Victor created the transaction
 * @param extras response properties this client does not model yet
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransactionReceipt(@Nullable String victorTransactionId, @Nullable TransactionStatus status,
		@Nullable BigDecimal amount, @Nullable Instant createdAt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extras) {

	/**
	 * Normalise the extras to an unmodifiable, never-null map.
	 */
	public TransactionReceipt {
		extras = (extras != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extras)) : Map.of();
	}

	/**
	 * Tell whether the receipt names the transaction Victor created: without its id it is
	 * not proof of anything.
	 * @return whether {@code victor_transaction_id} is present and not blank
	 */
	public boolean hasTransactionId() {
		return this.victorTransactionId != null && !this.victorTransactionId.isBlank();
	}

	/**
	 * Start building a {@code TransactionReceipt}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link TransactionReceipt}; setters are named after the record
	 * components.
	 */
	public static final class Builder {

		private @Nullable String victorTransactionId;

		private @Nullable TransactionStatus status;

		private @Nullable BigDecimal amount;

		private @Nullable Instant createdAt;

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
		 * Set the status of the transaction when it was accepted.
		 * @param status status of the transaction when it was accepted
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
		 * Set when Victor created the transaction.
		 * @param createdAt when Victor created the transaction
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Instant createdAt) {
			this.createdAt = createdAt;
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
		 * Build the TransactionReceipt.
		 * @return a new immutable instance
		 */
		public TransactionReceipt build() {
			return new TransactionReceipt(this.victorTransactionId, this.status, this.amount, this.createdAt,
					this.extras);
		}

	}

}

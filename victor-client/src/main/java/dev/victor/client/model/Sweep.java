package dev.victor.client.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Sweep settings between two accounts as Victor returns them
 * ({@code UpsertSweepResponse}). The schema's fields are not confirmed by the public
 * reference: the names below follow Victor's documented style, and everything else is
 * kept in {@link #extras()}.
 *
 * @param sweepId Victor ID of the sweep, the {@code sweepId} path parameter (wire name
 * unconfirmed)
 * @param fromAccountNumber account whose excess balance is swept (wire name unconfirmed)
 * @param toAccountNumber account that receives the swept funds (wire name unconfirmed)
 * @param targetBalance balance left in the swept account, in dollars (wire name
 * unconfirmed)
 * @param status status of the sweep, as Victor names it (wire name unconfirmed)
 * @param createdAt when the sweep was created (wire name unconfirmed)
 * @param updatedAt when the sweep last changed (wire name unconfirmed)
 * @param extras response properties this client does not model yet
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sweep(@JsonProperty("sweep_id") @JsonAlias( {
		"id" }) @Nullable Long sweepId, @Nullable String fromAccountNumber, @Nullable String toAccountNumber,
		@Nullable BigDecimal targetBalance, @Nullable String status, @Nullable Instant createdAt,
		@Nullable Instant updatedAt, @JsonAnySetter @JsonAnyGetter Map<String, Object> extras){

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
	public Sweep {
		extras = (extras != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extras)) : Map.of();
	}

	/**
	 * Start building a {@code Sweep}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link Sweep}; setters are named after the record components.
	 */
	public static final class Builder {

		private @Nullable Long sweepId;

		private @Nullable String fromAccountNumber;

		private @Nullable String toAccountNumber;

		private @Nullable BigDecimal targetBalance;

		private @Nullable String status;

		private @Nullable Instant createdAt;

		private @Nullable Instant updatedAt;

		private Map<String, Object> extras = Map.of();

		private Builder() {
		}

		/**
		 * Set {@code sweepId}.
		 * @param sweepId Victor ID of the sweep, the {@code sweepId} path parameter (wire
		 * name unconfirmed)
		 * @return this builder
		 */
		public Builder sweepId(@Nullable Long sweepId) {
			this.sweepId = sweepId;
			return this;
		}

		/**
		 * Set {@code fromAccountNumber}.
		 * @param fromAccountNumber account whose excess balance is swept (wire name
		 * unconfirmed)
		 * @return this builder
		 */
		public Builder fromAccountNumber(@Nullable String fromAccountNumber) {
			this.fromAccountNumber = fromAccountNumber;
			return this;
		}

		/**
		 * Set {@code toAccountNumber}.
		 * @param toAccountNumber account that receives the swept funds (wire name
		 * unconfirmed)
		 * @return this builder
		 */
		public Builder toAccountNumber(@Nullable String toAccountNumber) {
			this.toAccountNumber = toAccountNumber;
			return this;
		}

		/**
		 * Set {@code targetBalance}.
		 * @param targetBalance balance left in the swept account, in dollars (wire name
		 * unconfirmed)
		 * @return this builder
		 */
		public Builder targetBalance(@Nullable BigDecimal targetBalance) {
			this.targetBalance = targetBalance;
			return this;
		}

		/**
		 * Set {@code status}.
		 * @param status status of the sweep, as Victor names it (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder status(@Nullable String status) {
			this.status = status;
			return this;
		}

		/**
		 * Set {@code createdAt}.
		 * @param createdAt when the sweep was created (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Instant createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Set {@code updatedAt}.
		 * @param updatedAt when the sweep last changed (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder updatedAt(@Nullable Instant updatedAt) {
			this.updatedAt = updatedAt;
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
		 * Build the {@code Sweep}.
		 * @return a new immutable instance
		 */
		public Sweep build() {
			return new Sweep(this.sweepId, this.fromAccountNumber, this.toAccountNumber, this.targetBalance,
					this.status, this.createdAt, this.updatedAt, this.extras);
		}

	}

}

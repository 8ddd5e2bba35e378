package dev.victor.client.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The virtual account {@code createAccount} (ledgering) created. The schema's fields are
 * not confirmed by the public reference; everything else is kept in {@link #extras()}.
 *
 * @param victorAccountId Victor ID of the new account (wire name unconfirmed)
 * @param accountNumber account number of the new account (wire name unconfirmed)
 * @param accountName name of the account (wire name unconfirmed)
 * @param ledgeringProgramId ledgering program the account belongs to (wire name
 * unconfirmed)
 * @param status account status, as Victor names it (wire name unconfirmed)
 * @param createdAt when the account was created (wire name unconfirmed)
 * @param extras response properties this client does not model yet
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LedgeringAccountCreateResponse(@Nullable String victorAccountId, @Nullable String accountNumber,
		@Nullable String accountName, @Nullable Long ledgeringProgramId, @Nullable String status,
		@Nullable Instant createdAt, @JsonAnySetter @JsonAnyGetter Map<String, Object> extras) {

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
	public LedgeringAccountCreateResponse {
		extras = (extras != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extras)) : Map.of();
	}

	/**
	 * Start building a {@code LedgeringAccountCreateResponse}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link LedgeringAccountCreateResponse}; setters are named after the
	 * record components.
	 */
	public static final class Builder {

		private @Nullable String victorAccountId;

		private @Nullable String accountNumber;

		private @Nullable String accountName;

		private @Nullable Long ledgeringProgramId;

		private @Nullable String status;

		private @Nullable Instant createdAt;

		private Map<String, Object> extras = Map.of();

		private Builder() {
		}

		/**
		 * Set {@code victorAccountId}.
		 * @param victorAccountId Victor ID of the new account (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder victorAccountId(@Nullable String victorAccountId) {
			this.victorAccountId = victorAccountId;
			return this;
		}

		/**
		 * Set {@code accountNumber}.
		 * @param accountNumber account number of the new account (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder accountNumber(@Nullable String accountNumber) {
			this.accountNumber = accountNumber;
			return this;
		}

		/**
		 * Set {@code accountName}.
		 * @param accountName name of the account (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder accountName(@Nullable String accountName) {
			this.accountName = accountName;
			return this;
		}

		/**
		 * Set {@code ledgeringProgramId}.
		 * @param ledgeringProgramId ledgering program the account belongs to (wire name
		 * unconfirmed)
		 * @return this builder
		 */
		public Builder ledgeringProgramId(@Nullable Long ledgeringProgramId) {
			this.ledgeringProgramId = ledgeringProgramId;
			return this;
		}

		/**
		 * Set {@code status}.
		 * @param status account status, as Victor names it (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder status(@Nullable String status) {
			this.status = status;
			return this;
		}

		/**
		 * Set {@code createdAt}.
		 * @param createdAt when the account was created (wire name unconfirmed)
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
		 * Build the {@code LedgeringAccountCreateResponse}.
		 * @return a new immutable instance
		 */
		public LedgeringAccountCreateResponse build() {
			return new LedgeringAccountCreateResponse(this.victorAccountId, this.accountNumber, this.accountName,
					this.ledgeringProgramId, this.status, this.createdAt, this.extras);
		}

	}

}

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
 * One account as returned by {@code getAccount}. The schema is not confirmed: the fields
 * below are those of {@link AccountListItem}, and everything else Victor sends is kept in
 * {@link #extras()}.
 *
 * @param victorAccountId Victor account ID
 * @param accountName name of the account
 * @param accountNumber account number
 * @param accountType account type as Victor names it
 * @param status account status as Victor names it
 * @param availableBalance available balance in dollars
 * @param currentBalance current (ledger) balance in dollars
 * @param balanceUpdatedAt when the balances were last updated (sent as epoch
 * milliseconds)
 * @param createdAt when the account was created (sent as epoch milliseconds)
 * @param ledgeringProgramId ledgering program the account belongs to, for virtual
 * accounts
 * @param lineOriginalAmount original amount of a credit line, as Victor sends it (a
 * string)
 * @param extras response properties this client does not model yet
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountDetails(@Nullable String victorAccountId, @Nullable String accountName,
		@Nullable String accountNumber, @Nullable String accountType, @Nullable String status,
		@Nullable BigDecimal availableBalance, @Nullable BigDecimal currentBalance, @Nullable Instant balanceUpdatedAt,
		@Nullable Instant createdAt, @Nullable Long ledgeringProgramId, @Nullable String lineOriginalAmount,
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
	public AccountDetails {
		extras = (extras != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extras)) : Map.of();
	}

	/**
	 * Start building a {@code AccountDetails}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link AccountDetails}; setters are named after the record components.
	 */
	public static final class Builder {

		private @Nullable String victorAccountId;

		private @Nullable String accountName;

		private @Nullable String accountNumber;

		private @Nullable String accountType;

		private @Nullable String status;

		private @Nullable BigDecimal availableBalance;

		private @Nullable BigDecimal currentBalance;

		private @Nullable Instant balanceUpdatedAt;

		private @Nullable Instant createdAt;

		private @Nullable Long ledgeringProgramId;

		private @Nullable String lineOriginalAmount;

		private Map<String, Object> extras = Map.of();

		private Builder() {
		}

		/**
		 * Set the Victor account ID.
		 * @param victorAccountId Victor account ID
		 * @return this builder
		 */
		public Builder victorAccountId(@Nullable String victorAccountId) {
			this.victorAccountId = victorAccountId;
			return this;
		}

		/**
		 * Set the name of the account.
		 * @param accountName name of the account
		 * @return this builder
		 */
		public Builder accountName(@Nullable String accountName) {
			this.accountName = accountName;
			return this;
		}

		/**
		 * Set the account number.
		 * @param accountNumber account number
		 * @return this builder
		 */
		public Builder accountNumber(@Nullable String accountNumber) {
			this.accountNumber = accountNumber;
			return this;
		}

		/**
		 * Set the account type as Victor names it.
		 * @param accountType account type as Victor names it
		 * @return this builder
		 */
		public Builder accountType(@Nullable String accountType) {
			this.accountType = accountType;
			return this;
		}

		/**
		 * Set the account status as Victor names it.
		 * @param status account status as Victor names it
		 * @return this builder
		 */
		public Builder status(@Nullable String status) {
			this.status = status;
			return this;
		}

		/**
		 * Set the available balance in dollars.
		 * @param availableBalance available balance in dollars
		 * @return this builder
		 */
		public Builder availableBalance(@Nullable BigDecimal availableBalance) {
			this.availableBalance = availableBalance;
			return this;
		}

		/**
		 * Set the current balance in dollars.
		 * @param currentBalance current (ledger) balance in dollars
		 * @return this builder
		 */
		public Builder currentBalance(@Nullable BigDecimal currentBalance) {
			this.currentBalance = currentBalance;
			return this;
		}

		/**
		 * Set when the balances were last updated.
		 * @param balanceUpdatedAt when the balances were last updated (sent as epoch
		 * milliseconds)
		 * @return this builder
		 */
		public Builder balanceUpdatedAt(@Nullable Instant balanceUpdatedAt) {
			this.balanceUpdatedAt = balanceUpdatedAt;
			return this;
		}

		/**
		 * Set when the account was created.
		 * @param createdAt when the account was created (sent as epoch milliseconds)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Instant createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Set the ledgering program the account belongs to, for virtual accounts.
		 * @param ledgeringProgramId ledgering program the account belongs to, for virtual
		 * accounts
		 * @return this builder
		 */
		public Builder ledgeringProgramId(@Nullable Long ledgeringProgramId) {
			this.ledgeringProgramId = ledgeringProgramId;
			return this;
		}

		/**
		 * Set the original amount of a credit line, as Victor sends it.
		 * @param lineOriginalAmount original amount of a credit line, as Victor sends it
		 * (a string)
		 * @return this builder
		 */
		public Builder lineOriginalAmount(@Nullable String lineOriginalAmount) {
			this.lineOriginalAmount = lineOriginalAmount;
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
		 * Build the AccountDetails.
		 * @return a new immutable instance
		 */
		public AccountDetails build() {
			return new AccountDetails(this.victorAccountId, this.accountName, this.accountNumber, this.accountType,
					this.status, this.availableBalance, this.currentBalance, this.balanceUpdatedAt, this.createdAt,
					this.ledgeringProgramId, this.lineOriginalAmount, this.extras);
		}

	}

}

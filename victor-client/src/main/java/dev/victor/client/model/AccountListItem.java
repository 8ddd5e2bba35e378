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
 * One account in a page of {@code getAccounts} or {@code getLedgeringAccounts}: every
 * field here is confirmed by the Victor reference. Timestamps arrive as integers, read as
 * epoch milliseconds (the unit is not stated by the reference).
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
@GeneratedBuilder
@GeneratedTwin(name = "AccountDetails",
		summary = "One account as returned by {@code getAccount}. The schema is not confirmed: the fields\n"
				+ "below are those of {@link AccountListItem}, and everything else Victor sends is kept in\n"
				+ "{@link #extras()}.")
public record AccountListItem(@Nullable String victorAccountId, @Nullable String accountName,
		@Nullable String accountNumber, @Nullable String accountType, @Nullable String status,
		@Nullable BigDecimal availableBalance, @Nullable BigDecimal currentBalance, @Nullable Instant balanceUpdatedAt,
		@Nullable Instant createdAt, @Nullable Long ledgeringProgramId, @Nullable String lineOriginalAmount,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extras) {

	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	/** Normalise the extras to an unmodifiable, never-null map. */
	public AccountListItem {
		extras = (extras != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extras)) : Map.of();
	}

	/** Return a new builder of {@code AccountListItem}. */
	public static AccountListItemBuilder builder() {
		return new AccountListItemBuilder();
	}

}

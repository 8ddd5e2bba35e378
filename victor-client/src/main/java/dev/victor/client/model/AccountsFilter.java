package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Filter of {@code getAccounts} ({@code GetAccountsRequest}, "type and page" in the
 * reference), sent as flat query parameters. The parameter name is unconfirmed.
 *
 * @param accountType only accounts of this type, as Victor names it (wire name
 * unconfirmed)
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record AccountsFilter(@Nullable String accountType) implements ListFilter {

	/**
	 * Return a filter that selects every account.
	 * @return the empty filter
	 */
	public static AccountsFilter all() {
		return new AccountsFilter(null);
	}

	/** Return a new builder of {@code AccountsFilter}. */
	public static AccountsFilterBuilder builder() {
		return new AccountsFilterBuilder();
	}

}

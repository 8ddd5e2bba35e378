package dev.victor.client.model;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Filter of {@code getTransactions} ({@code GetPagedTransactionsWithFilter}): the
 * transactions of one account, optionally within a date range and of one type, sent as
 * flat query parameters. The schema's fields are not confirmed by the public reference;
 * their names live here only.
 *
 * @param victorAccountId Victor ID of the account whose transactions are listed
 * (required) (wire name unconfirmed)
 * @param startDate first day of the range, inclusive (wire name unconfirmed)
 * @param endDate last day of the range, inclusive (wire name unconfirmed)
 * @param transactionType only transactions of this type, for example {@code ach} (wire
 * name unconfirmed)
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record TransactionsFilter(@Rule.Required @Nullable String victorAccountId, @Nullable LocalDate startDate,
		@Nullable LocalDate endDate, @Nullable String transactionType) implements ListFilter {

	@Override
	public void validate() {
		Constraints.of(this).notBefore("end_date", this.endDate, "start_date", this.startDate).validate();
	}

	/** Return a new builder of {@code TransactionsFilter}. */
	public static TransactionsFilterBuilder builder() {
		return new TransactionsFilterBuilder();
	}

}

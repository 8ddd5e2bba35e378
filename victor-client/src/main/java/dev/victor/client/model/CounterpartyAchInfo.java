package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * ACH instructions of a counterparty: where ACH payments and book transfers go.
 *
 * @param accountNumber account number at the receiving bank
 * @param accountType account type, for example {@code checking} or {@code savings}
 * (values unconfirmed)
 * @param routingNumber nine-digit ABA routing number
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record CounterpartyAchInfo(@Nullable String accountNumber, @Nullable String accountType,
		@Rule.RoutingNumber @Nullable String routingNumber) {

	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	/** Return a new builder of {@code CounterpartyAchInfo}. */
	public static CounterpartyAchInfoBuilder builder() {
		return new CounterpartyAchInfoBuilder();
	}

}

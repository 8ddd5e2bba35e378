package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Wire instructions of a counterparty (only partly documented: further fields are
 * unconfirmed).
 *
 * @param accountNumber account number at the receiving bank
 * @param routingNumber nine-digit ABA routing number
 * @param bankName name of the receiving bank
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record CounterpartyWireInfo(@Nullable String accountNumber, @Rule.RoutingNumber @Nullable String routingNumber,
		@Nullable String bankName) {

	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	/** Return a new builder of {@code CounterpartyWireInfo}. */
	public static CounterpartyWireInfoBuilder builder() {
		return new CounterpartyWireInfoBuilder();
	}

}

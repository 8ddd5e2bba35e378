package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Real-Time Payments instructions of a counterparty. The object is documented but its
 * fields are not: the names below are unconfirmed.
 *
 * @param accountNumber account number at the receiving bank (wire name unconfirmed)
 * @param routingNumber nine-digit ABA routing number of an RTP-eligible bank (wire name
 * unconfirmed)
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record CounterpartyRtpInfo(@Nullable String accountNumber, @Rule.RoutingNumber @Nullable String routingNumber) {

	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	/** Return a new builder of {@code CounterpartyRtpInfo}. */
	public static CounterpartyRtpInfoBuilder builder() {
		return new CounterpartyRtpInfoBuilder();
	}

}

package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Payee or payer of an RTP send. The fields are not confirmed by the public reference;
 * their names live here only.
 *
 * @param name name of the party (required) (wire name unconfirmed)
 * @param accountNumber account number (required) (wire name unconfirmed)
 * @param routingNumber nine-digit ABA routing number of the party's bank (required) (wire
 * name unconfirmed)
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record RtpParty(@Nullable String name, @Nullable String accountNumber, @Nullable String routingNumber) {

	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	static void check(Constraints constraints, RtpParty party) {
		constraints.required("name", party.name())
			.maxLength("name", party.name(), 140)
			.required("account_number", party.accountNumber())
			.required("routing_number", party.routingNumber())
			.routingNumber("routing_number", party.routingNumber());
	}

	/** Return a new builder of {@code RtpParty}. */
	public static RtpPartyBuilder builder() {
		return new RtpPartyBuilder();
	}

}

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
public record RtpParty(@Rule.Required @Rule.MaxLength(140) @Nullable String name,
		@Rule.Required @Nullable String accountNumber,
		@Rule.Required @Rule.RoutingNumber @Nullable String routingNumber) {

	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	/** Return a new builder of {@code RtpParty}. */
	public static RtpPartyBuilder builder() {
		return new RtpPartyBuilder();
	}

}

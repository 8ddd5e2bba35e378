package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Postal address of a counterparty, required for wire and IAT payments. Postal code and
 * country names are unconfirmed.
 *
 * @param streetAddress1 first street line
 * @param streetAddress2 second street line
 * @param city city
 * @param state state or region
 * @param postalCode postal or ZIP code (wire name unconfirmed)
 * @param country country code (wire name unconfirmed)
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record Address(@Nullable String streetAddress1, @Nullable String streetAddress2, @Nullable String city,
		@Nullable String state, @Nullable String postalCode, @Nullable String country) {

	/** Return a new builder of {@code Address}. */
	public static AddressBuilder builder() {
		return new AddressBuilder();
	}

}

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
public record Address(@Nullable String streetAddress1, @Nullable String streetAddress2, @Nullable String city,
		@Nullable String state, @Nullable String postalCode, @Nullable String country) {

	/**
	 * Start building a {@code Address}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link Address}; setters are named after the record components.
	 */
	public static final class Builder {

		private @Nullable String streetAddress1;

		private @Nullable String streetAddress2;

		private @Nullable String city;

		private @Nullable String state;

		private @Nullable String postalCode;

		private @Nullable String country;

		private Builder() {
		}

		/**
		 * Set the first street line.
		 * @param streetAddress1 first street line
		 * @return this builder
		 */
		public Builder streetAddress1(@Nullable String streetAddress1) {
			this.streetAddress1 = streetAddress1;
			return this;
		}

		/**
		 * Set the second street line.
		 * @param streetAddress2 second street line
		 * @return this builder
		 */
		public Builder streetAddress2(@Nullable String streetAddress2) {
			this.streetAddress2 = streetAddress2;
			return this;
		}

		/**
		 * Set the city.
		 * @param city city
		 * @return this builder
		 */
		public Builder city(@Nullable String city) {
			this.city = city;
			return this;
		}

		/**
		 * Set the state or region.
		 * @param state state or region
		 * @return this builder
		 */
		public Builder state(@Nullable String state) {
			this.state = state;
			return this;
		}

		/**
		 * Set the postal or ZIP code.
		 * @param postalCode postal or ZIP code (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder postalCode(@Nullable String postalCode) {
			this.postalCode = postalCode;
			return this;
		}

		/**
		 * Set the country code.
		 * @param country country code (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder country(@Nullable String country) {
			this.country = country;
			return this;
		}

		/**
		 * Build the Address.
		 * @return a new immutable instance
		 */
		public Address build() {
			return new Address(this.streetAddress1, this.streetAddress2, this.city, this.state, this.postalCode,
					this.country);
		}

	}

}

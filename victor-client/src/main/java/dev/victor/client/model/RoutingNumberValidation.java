package dev.victor.client.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Victor's answer to {@code validateRoutingNumber}. The schema's name and fields are not
 * confirmed by the public reference; everything else is kept in {@link #extras()}.
 *
 * @param routingNumber the routing number that was checked (wire name unconfirmed)
 * @param type the payment type it was checked for (wire name unconfirmed)
 * @param valid whether the routing number is valid for that payment type (wire name
 * unconfirmed)
 * @param bankName name of the bank (wire name unconfirmed)
 * @param extras response properties this client does not model yet
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoutingNumberValidation(@Nullable String routingNumber, @Nullable RoutingNumberType type,
		@Nullable Boolean valid, @Nullable String bankName, @JsonAnySetter @JsonAnyGetter Map<String, Object> extras) {

	/**
	 * Return the fields, with names, account and routing numbers masked.
	 * @return the text
	 */
	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	/**
	 * Normalise the extras to an unmodifiable, never-null map.
	 */
	public RoutingNumberValidation {
		extras = (extras != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extras)) : Map.of();
	}

	/**
	 * Start building a {@code RoutingNumberValidation}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link RoutingNumberValidation}; setters are named after the record
	 * components.
	 */
	public static final class Builder {

		private @Nullable String routingNumber;

		private @Nullable RoutingNumberType type;

		private @Nullable Boolean valid;

		private @Nullable String bankName;

		private Map<String, Object> extras = Map.of();

		private Builder() {
		}

		/**
		 * Set {@code routingNumber}.
		 * @param routingNumber the routing number that was checked (wire name
		 * unconfirmed)
		 * @return this builder
		 */
		public Builder routingNumber(@Nullable String routingNumber) {
			this.routingNumber = routingNumber;
			return this;
		}

		/**
		 * Set {@code type}.
		 * @param type the payment type it was checked for (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder type(@Nullable RoutingNumberType type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code valid}.
		 * @param valid whether the routing number is valid for that payment type (wire
		 * name unconfirmed)
		 * @return this builder
		 */
		public Builder valid(@Nullable Boolean valid) {
			this.valid = valid;
			return this;
		}

		/**
		 * Set {@code bankName}.
		 * @param bankName name of the bank (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder bankName(@Nullable String bankName) {
			this.bankName = bankName;
			return this;
		}

		/**
		 * Set {@code extras}.
		 * @param extras response properties this client does not model yet
		 * @return this builder
		 */
		public Builder extras(Map<String, Object> extras) {
			this.extras = extras;
			return this;
		}

		/**
		 * Build the {@code RoutingNumberValidation}.
		 * @return a new immutable instance
		 */
		public RoutingNumberValidation build() {
			return new RoutingNumberValidation(this.routingNumber, this.type, this.valid, this.bankName, this.extras);
		}

	}

}

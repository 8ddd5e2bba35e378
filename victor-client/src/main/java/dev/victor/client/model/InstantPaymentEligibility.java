package dev.victor.client.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Whether a bank takes instant payments ({@code RtpBankEligibilityResponse}): on the RTP
 * network, on FedNow, and for which services. The schema's fields are not confirmed by
 * the public reference; everything else is kept in {@link #extras()}.
 *
 * @param routingNumber the routing number that was checked (wire name unconfirmed)
 * @param bankName name of the bank (wire name unconfirmed)
 * @param rtpEligible whether the bank is reachable on the RTP network (wire name
 * unconfirmed)
 * @param fedNowEligible whether the bank is reachable on FedNow (wire name unconfirmed)
 * @param services instant-payment services the bank supports, for example {@code send} or
 * {@code request_for_payment} (wire name unconfirmed)
 * @param extras response properties this client does not model yet
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstantPaymentEligibility(@Nullable String routingNumber, @Nullable String bankName,
		@Nullable Boolean rtpEligible, @JsonProperty("fednow_eligible") @Nullable Boolean fedNowEligible,
		@Nullable List<String> services, @JsonAnySetter @JsonAnyGetter Map<String, Object> extras) {

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
	public InstantPaymentEligibility {
		extras = (extras != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extras)) : Map.of();
	}

	/**
	 * Start building a {@code InstantPaymentEligibility}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link InstantPaymentEligibility}; setters are named after the record
	 * components.
	 */
	public static final class Builder {

		private @Nullable String routingNumber;

		private @Nullable String bankName;

		private @Nullable Boolean rtpEligible;

		private @Nullable Boolean fedNowEligible;

		private @Nullable List<String> services;

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
		 * Set {@code bankName}.
		 * @param bankName name of the bank (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder bankName(@Nullable String bankName) {
			this.bankName = bankName;
			return this;
		}

		/**
		 * Set {@code rtpEligible}.
		 * @param rtpEligible whether the bank is reachable on the RTP network (wire name
		 * unconfirmed)
		 * @return this builder
		 */
		public Builder rtpEligible(@Nullable Boolean rtpEligible) {
			this.rtpEligible = rtpEligible;
			return this;
		}

		/**
		 * Set {@code fedNowEligible}.
		 * @param fedNowEligible whether the bank is reachable on FedNow (wire name
		 * unconfirmed)
		 * @return this builder
		 */
		public Builder fedNowEligible(@Nullable Boolean fedNowEligible) {
			this.fedNowEligible = fedNowEligible;
			return this;
		}

		/**
		 * Set {@code services}.
		 * @param services instant-payment services the bank supports, for example
		 * {@code send} or {@code request_for_payment} (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder services(@Nullable List<String> services) {
			this.services = services;
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
		 * Build the {@code InstantPaymentEligibility}.
		 * @return a new immutable instance
		 */
		public InstantPaymentEligibility build() {
			return new InstantPaymentEligibility(this.routingNumber, this.bankName, this.rtpEligible,
					this.fedNowEligible, this.services, this.extras);
		}

	}

}

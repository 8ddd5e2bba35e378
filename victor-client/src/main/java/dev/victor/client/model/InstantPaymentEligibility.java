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
@GeneratedBuilder
public record InstantPaymentEligibility(@Nullable String routingNumber, @Nullable String bankName,
		@Nullable Boolean rtpEligible, @JsonProperty("fednow_eligible") @Nullable Boolean fedNowEligible,
		@Nullable List<String> services, @JsonAnySetter @JsonAnyGetter Map<String, Object> extras) {

	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	/** Normalise the extras to an unmodifiable, never-null map. */
	public InstantPaymentEligibility {
		extras = (extras != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extras)) : Map.of();
	}

	/** Return a new builder of {@code InstantPaymentEligibility}. */
	public static InstantPaymentEligibilityBuilder builder() {
		return new InstantPaymentEligibilityBuilder();
	}

}

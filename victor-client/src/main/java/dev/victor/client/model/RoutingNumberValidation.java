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
@GeneratedBuilder
public record RoutingNumberValidation(@Nullable String routingNumber, @Nullable RoutingNumberType type,
		@Nullable Boolean valid, @Nullable String bankName, @JsonAnySetter @JsonAnyGetter Map<String, Object> extras) {

	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	/** Normalise the extras to an unmodifiable, never-null map. */
	public RoutingNumberValidation {
		extras = (extras != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extras)) : Map.of();
	}

	/** Return a new builder of {@code RoutingNumberValidation}. */
	public static RoutingNumberValidationBuilder builder() {
		return new RoutingNumberValidationBuilder();
	}

}

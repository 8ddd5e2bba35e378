package dev.victor.client.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Sweep settings between two accounts as Victor returns them
 * ({@code UpsertSweepResponse}). The schema's fields are not confirmed by the public
 * reference: the names below follow Victor's documented style, and everything else is
 * kept in {@link #extras()}.
 *
 * @param sweepId Victor ID of the sweep, the {@code sweepId} path parameter (wire name
 * unconfirmed)
 * @param fromAccountNumber account whose excess balance is swept (wire name unconfirmed)
 * @param toAccountNumber account that receives the swept funds (wire name unconfirmed)
 * @param targetBalance balance left in the swept account, in dollars (wire name
 * unconfirmed)
 * @param status status of the sweep, as Victor names it (wire name unconfirmed)
 * @param createdAt when the sweep was created (wire name unconfirmed)
 * @param updatedAt when the sweep last changed (wire name unconfirmed)
 * @param extras response properties this client does not model yet
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record Sweep(@JsonProperty("sweep_id") @JsonAlias( {
		"id" }) @Nullable Long sweepId, @Nullable String fromAccountNumber, @Nullable String toAccountNumber,
		@Nullable BigDecimal targetBalance, @Nullable String status, @Nullable Instant createdAt,
		@Nullable Instant updatedAt, @JsonAnySetter @JsonAnyGetter Map<String, Object> extras){

	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	/** Normalise the extras to an unmodifiable, never-null map. */
	public Sweep {
		extras = (extras != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extras)) : Map.of();
	}

	/** Return a new builder of {@code Sweep}. */
	public static SweepBuilder builder() {
		return new SweepBuilder();
	}

}

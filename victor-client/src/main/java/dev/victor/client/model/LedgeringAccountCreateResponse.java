package dev.victor.client.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The virtual account {@code createAccount} (ledgering) created. The schema's fields are
 * not confirmed by the public reference; everything else is kept in {@link #extras()}.
 *
 * @param victorAccountId Victor ID of the new account (wire name unconfirmed)
 * @param accountNumber account number of the new account (wire name unconfirmed)
 * @param accountName name of the account (wire name unconfirmed)
 * @param ledgeringProgramId ledgering program the account belongs to (wire name
 * unconfirmed)
 * @param status account status, as Victor names it (wire name unconfirmed)
 * @param createdAt when the account was created (wire name unconfirmed)
 * @param extras response properties this client does not model yet
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record LedgeringAccountCreateResponse(@Nullable String victorAccountId, @Nullable String accountNumber,
		@Nullable String accountName, @Nullable Long ledgeringProgramId, @Nullable String status,
		@Nullable Instant createdAt, @JsonAnySetter @JsonAnyGetter Map<String, Object> extras) {

	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	/** Normalise the extras to an unmodifiable, never-null map. */
	public LedgeringAccountCreateResponse {
		extras = (extras != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extras)) : Map.of();
	}

	/** Return a new builder of {@code LedgeringAccountCreateResponse}. */
	public static LedgeringAccountCreateResponseBuilder builder() {
		return new LedgeringAccountCreateResponseBuilder();
	}

}

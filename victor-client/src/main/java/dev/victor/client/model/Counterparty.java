package dev.victor.client.model;

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
 * A counterparty as Victor returns it ({@code CounterpartyResponse}). The guide spells
 * the instruction objects with hyphens; they are read under both spellings.
 *
 * @param victorCounterpartyId Victor counterparty ID
 * @param accountName name of the counterparty
 * @param achInfo ACH instructions
 * @param wireInfo wire instructions
 * @param rtpInfo RTP instructions
 * @param address postal address
 * @param createdAt when the counterparty was created
 * @param updatedAt when the counterparty last changed
 * @param extras response properties this client does not model yet
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record Counterparty(@JsonProperty("victor_counterparty_id") @JsonAlias( {
		"id" }) @Nullable String victorCounterpartyId, @Nullable String accountName,
		@JsonProperty("counterparty_ach_info") @JsonAlias({
				"counterparty-ach-info" }) @Nullable CounterpartyAchInfo achInfo,
		@JsonProperty("counterparty_wire_info") @JsonAlias({
				"counterparty-wire-info" }) @Nullable CounterpartyWireInfo wireInfo,
		@JsonProperty("counterparty_rtp_info") @JsonAlias({
				"counterparty-rtp-info" }) @Nullable CounterpartyRtpInfo rtpInfo,
		@Nullable Address address, @Nullable Instant createdAt, @Nullable Instant updatedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extras){

	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	/** Normalise the extras to an unmodifiable, never-null map. */
	public Counterparty {
		extras = (extras != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extras)) : Map.of();
	}

	/** Return a new builder of {@code Counterparty}. */
	public static CounterpartyBuilder builder() {
		return new CounterpartyBuilder();
	}

}

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
	public Counterparty {
		extras = (extras != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extras)) : Map.of();
	}

	/**
	 * Start building a {@code Counterparty}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link Counterparty}; setters are named after the record components.
	 */
	public static final class Builder {

		private @Nullable String victorCounterpartyId;

		private @Nullable String accountName;

		private @Nullable CounterpartyAchInfo achInfo;

		private @Nullable CounterpartyWireInfo wireInfo;

		private @Nullable CounterpartyRtpInfo rtpInfo;

		private @Nullable Address address;

		private @Nullable Instant createdAt;

		private @Nullable Instant updatedAt;

		private Map<String, Object> extras = Map.of();

		private Builder() {
		}

		/**
		 * Set the Victor counterparty ID.
		 * @param victorCounterpartyId Victor counterparty ID
		 * @return this builder
		 */
		public Builder victorCounterpartyId(@Nullable String victorCounterpartyId) {
			this.victorCounterpartyId = victorCounterpartyId;
			return this;
		}

		/**
		 * Set the name of the counterparty.
		 * @param accountName name of the counterparty
		 * @return this builder
		 */
		public Builder accountName(@Nullable String accountName) {
			this.accountName = accountName;
			return this;
		}

		/**
		 * Set the ACH instructions.
		 * @param achInfo ACH instructions
		 * @return this builder
		 */
		public Builder achInfo(@Nullable CounterpartyAchInfo achInfo) {
			this.achInfo = achInfo;
			return this;
		}

		/**
		 * Set the wire instructions.
		 * @param wireInfo wire instructions
		 * @return this builder
		 */
		public Builder wireInfo(@Nullable CounterpartyWireInfo wireInfo) {
			this.wireInfo = wireInfo;
			return this;
		}

		/**
		 * Set the RTP instructions.
		 * @param rtpInfo RTP instructions
		 * @return this builder
		 */
		public Builder rtpInfo(@Nullable CounterpartyRtpInfo rtpInfo) {
			this.rtpInfo = rtpInfo;
			return this;
		}

		/**
		 * Set the postal address.
		 * @param address postal address
		 * @return this builder
		 */
		public Builder address(@Nullable Address address) {
			this.address = address;
			return this;
		}

		/**
		 * Set when the counterparty was created.
		 * @param createdAt when the counterparty was created
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Instant createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Set when the counterparty last changed.
		 * @param updatedAt when the counterparty last changed
		 * @return this builder
		 */
		public Builder updatedAt(@Nullable Instant updatedAt) {
			this.updatedAt = updatedAt;
			return this;
		}

		/**
		 * Set the response properties this client does not model yet.
		 * @param extras the extra properties
		 * @return this builder
		 */
		public Builder extras(Map<String, Object> extras) {
			this.extras = extras;
			return this;
		}

		/**
		 * Build the Counterparty.
		 * @return a new immutable instance
		 */
		public Counterparty build() {
			return new Counterparty(this.victorCounterpartyId, this.accountName, this.achInfo, this.wireInfo,
					this.rtpInfo, this.address, this.createdAt, this.updatedAt, this.extras);
		}

	}

}

package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code updateCounterparty}, for example to add wire or RTP instructions. Fields
 * left {@code null} are not sent. The schema is not confirmed by the public reference: it
 * follows {@link NewCounterpartyRequest}.
 *
 * @param accountName name of the counterparty
 * @param achInfo ACH instructions
 * @param wireInfo wire instructions
 * @param rtpInfo RTP instructions
 * @param address postal address, required for wire and IAT
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record UpdateCounterpartyRequest(@Nullable String accountName,
		@Rule.Nested @JsonProperty("counterparty_ach_info") @Nullable CounterpartyAchInfo achInfo,
		@Rule.Nested @JsonProperty("counterparty_wire_info") @Nullable CounterpartyWireInfo wireInfo,
		@Rule.Nested @JsonProperty("counterparty_rtp_info") @Nullable CounterpartyRtpInfo rtpInfo,
		@Nullable Address address) implements ValidatedRequest {

	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	@Override
	public void validate() {
		Constraints.of(this).anyComponentSet(this).validate();
	}

	/** Return a new builder of {@code UpdateCounterpartyRequest}. */
	public static UpdateCounterpartyRequestBuilder builder() {
		return new UpdateCounterpartyRequestBuilder();
	}

}

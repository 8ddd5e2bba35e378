package dev.victor.client.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One transaction as returned by {@code getTransactionById}. The schema's fields are not
 * confirmed by the public reference: the names below follow Victor's documented style,
 * and everything else Victor sends is kept in {@link #extras()}.
 *
 * @param victorTransactionId Victor-generated transaction ID
 * @param clientReferenceId caller-generated reference, if one was given
 * @param transactionType kind of transaction, for example ACH or wire (wire name
 * unconfirmed)
 * @param status current status
 * @param amount amount in dollars
 * @param direction credit or debit, inbound or outbound (wire name unconfirmed)
 * @param fromAccountNumber originating account number (wire name unconfirmed)
 * @param counterpartyId Victor ID of the counterparty (wire name unconfirmed)
 * @param createdAt when Victor created the transaction
 * @param updatedAt when the transaction last changed (wire name unconfirmed)
 * @param extras response properties this client does not model yet
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record TransactionDetails(@Nullable String victorTransactionId, @Nullable String clientReferenceId,
		@Nullable String transactionType, @Nullable TransactionStatus status, @Nullable BigDecimal amount,
		@Nullable String direction, @Nullable String fromAccountNumber, @Nullable String counterpartyId,
		@Nullable Instant createdAt, @Nullable Instant updatedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extras) {

	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	/** Normalise the extras to an unmodifiable, never-null map. */
	public TransactionDetails {
		extras = (extras != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extras)) : Map.of();
	}

	/** Return a new builder of {@code TransactionDetails}. */
	public static TransactionDetailsBuilder builder() {
		return new TransactionDetailsBuilder();
	}

}

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
 * Victor's answer to a create-payment or transfer call: the transaction it accepted.
 *
 * @param victorTransactionId Victor-generated transaction ID
 * @param status status of the transaction when it was accepted
 * @param amount amount in dollars
 * @param createdAt when Victor created the transaction
 * @param extras response properties this client does not model yet
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record TransactionReceipt(@Nullable String victorTransactionId, @Nullable TransactionStatus status,
		@Nullable BigDecimal amount, @Nullable Instant createdAt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extras) {

	/** Normalise the extras to an unmodifiable, never-null map. */
	public TransactionReceipt {
		extras = (extras != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extras)) : Map.of();
	}

	/**
	 * Tell whether the receipt names the transaction Victor created: without its id it is
	 * not proof of anything.
	 * @return whether {@code victor_transaction_id} is present and not blank
	 */
	public boolean hasTransactionId() {
		return this.victorTransactionId != null && !this.victorTransactionId.isBlank();
	}

	/** Return a new builder of {@code TransactionReceipt}. */
	public static TransactionReceiptBuilder builder() {
		return new TransactionReceiptBuilder();
	}

}

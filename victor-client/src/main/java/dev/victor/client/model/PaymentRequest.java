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
 * A request for payment (RfP) sent or received over RTP or FedNow. {@code
 * victor_payment_request_id} and {@code direction} are named in Victor's guide; the other
 * fields are unconfirmed, and everything else is kept in {@link #extras()}.
 *
 * @param victorPaymentRequestId Victor ID of the request for payment
 * @param direction whether the caller sent ({@code OUTBOUND}) or received it
 * @param status status of the request, {@code Declined} once rejected (wire name
 * unconfirmed)
 * @param amount requested amount in dollars (wire name unconfirmed)
 * @param counterpartyId Victor ID of the other party (wire name unconfirmed)
 * @param description what the payment is for (wire name unconfirmed)
 * @param createdAt when the request was created (wire name unconfirmed)
 * @param extras response properties this client does not model yet
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record PaymentRequest(@Nullable String victorPaymentRequestId, @Nullable PaymentRequestDirection direction,
		@Nullable TransactionStatus status, @Nullable BigDecimal amount, @Nullable String counterpartyId,
		@Nullable String description, @Nullable Instant createdAt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extras) {

	/** Normalise the extras to an unmodifiable, never-null map. */
	public PaymentRequest {
		extras = (extras != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extras)) : Map.of();
	}

	/** Return a new builder of {@code PaymentRequest}. */
	public static PaymentRequestBuilder builder() {
		return new PaymentRequestBuilder();
	}

}

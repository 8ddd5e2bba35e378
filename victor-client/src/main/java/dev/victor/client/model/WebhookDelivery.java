package dev.victor.client.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One delivery of an event to a webhook (items of {@code getWebhookDeliveries}). The
 * schema's fields are not confirmed by the public reference; everything else is kept in
 * {@link #extras()}.
 *
 * @param victorDeliveryId Victor ID of the delivery (wire name unconfirmed)
 * @param victorWebhookId Victor ID of the webhook configuration the event went to (wire
 * name unconfirmed)
 * @param eventType kind of event delivered (wire name unconfirmed)
 * @param status outcome of the delivery, as Victor names it (wire name unconfirmed)
 * @param httpStatus HTTP status the receiving endpoint answered with (wire name
 * unconfirmed)
 * @param deliveredAt when the delivery was attempted (wire name unconfirmed)
 * @param extras response properties this client does not model yet
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record WebhookDelivery(@JsonAlias( {
		"id", "delivery_id" }) @Nullable String victorDeliveryId,
		@JsonAlias({ "webhook_id" }) @Nullable String victorWebhookId, @Nullable String eventType,
		@Nullable String status, @Nullable Integer httpStatus, @Nullable Instant deliveredAt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extras){

	/** Normalise the extras to an unmodifiable, never-null map. */
	public WebhookDelivery {
		extras = (extras != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extras)) : Map.of();
	}

	/** Return a new builder of {@code WebhookDelivery}. */
	public static WebhookDeliveryBuilder builder() {
		return new WebhookDeliveryBuilder();
	}

}

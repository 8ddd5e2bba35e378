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
 * A webhook configuration ({@code WebhookConfiguration}, and the items of {@code
 * getWebhooks}). The schema's fields are not confirmed by the public reference;
 * everything else is kept in {@link #extras()}.
 *
 * @param victorWebhookId Victor ID of the webhook configuration (wire name unconfirmed)
 * @param url URL Victor posts events to (wire name unconfirmed)
 * @param description what the webhook is for (wire name unconfirmed)
 * @param status status of the configuration, as Victor names it (wire name unconfirmed)
 * @param createdAt when the configuration was created (wire name unconfirmed)
 * @param extras response properties this client does not model yet
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record WebhookConfiguration(@JsonAlias( {
		"id", "webhook_id" }) @Nullable String victorWebhookId, @Nullable String url, @Nullable String description,
		@Nullable String status, @Nullable Instant createdAt, @JsonAnySetter @JsonAnyGetter Map<String, Object> extras){

	/** Normalise the extras to an unmodifiable, never-null map. */
	public WebhookConfiguration {
		extras = (extras != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extras)) : Map.of();
	}

	/** Return a new builder of {@code WebhookConfiguration}. */
	public static WebhookConfigurationBuilder builder() {
		return new WebhookConfigurationBuilder();
	}

}

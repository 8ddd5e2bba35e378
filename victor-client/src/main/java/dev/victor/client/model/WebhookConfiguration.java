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
public record WebhookConfiguration(@JsonAlias( {
		"id", "webhook_id" }) @Nullable String victorWebhookId, @Nullable String url, @Nullable String description,
		@Nullable String status, @Nullable Instant createdAt, @JsonAnySetter @JsonAnyGetter Map<String, Object> extras){

	/**
	 * Normalise the extras to an unmodifiable, never-null map.
	 */
	public WebhookConfiguration {
		extras = (extras != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extras)) : Map.of();
	}

	/**
	 * Start building a {@code WebhookConfiguration}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link WebhookConfiguration}; setters are named after the record
	 * components.
	 */
	public static final class Builder {

		private @Nullable String victorWebhookId;

		private @Nullable String url;

		private @Nullable String description;

		private @Nullable String status;

		private @Nullable Instant createdAt;

		private Map<String, Object> extras = Map.of();

		private Builder() {
		}

		/**
		 * Set {@code victorWebhookId}.
		 * @param victorWebhookId Victor ID of the webhook configuration (wire name
		 * unconfirmed)
		 * @return this builder
		 */
		public Builder victorWebhookId(@Nullable String victorWebhookId) {
			this.victorWebhookId = victorWebhookId;
			return this;
		}

		/**
		 * Set {@code url}.
		 * @param url URL Victor posts events to (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder url(@Nullable String url) {
			this.url = url;
			return this;
		}

		/**
		 * Set {@code description}.
		 * @param description what the webhook is for (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * Set {@code status}.
		 * @param status status of the configuration, as Victor names it (wire name
		 * unconfirmed)
		 * @return this builder
		 */
		public Builder status(@Nullable String status) {
			this.status = status;
			return this;
		}

		/**
		 * Set {@code createdAt}.
		 * @param createdAt when the configuration was created (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Instant createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Set {@code extras}.
		 * @param extras response properties this client does not model yet
		 * @return this builder
		 */
		public Builder extras(Map<String, Object> extras) {
			this.extras = extras;
			return this;
		}

		/**
		 * Build the {@code WebhookConfiguration}.
		 * @return a new immutable instance
		 */
		public WebhookConfiguration build() {
			return new WebhookConfiguration(this.victorWebhookId, this.url, this.description, this.status,
					this.createdAt, this.extras);
		}

	}

}

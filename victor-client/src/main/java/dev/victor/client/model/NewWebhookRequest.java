package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code createWebhook}: a URL that receives every transactional event of the
 * caller's accounts. The schema's fields are not confirmed by the public reference.
 *
 * @param url absolute https URL Victor posts events to (required) (wire name unconfirmed)
 * @param description what the webhook is for (optional) (wire name unconfirmed)
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record NewWebhookRequest(@Rule.Required @Rule.HttpsUrl @Nullable String url,
		@Nullable String description) implements ValidatedRequest {

	/** Return a new builder of {@code NewWebhookRequest}. */
	public static NewWebhookRequestBuilder builder() {
		return new NewWebhookRequestBuilder();
	}

}

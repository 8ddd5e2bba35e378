package dev.victor.client.model;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Filter of {@code getWebhookDeliveries} ({@code ListWebhookDeliveriesQueryParams}), sent
 * as flat query parameters. The schema's fields are not confirmed by the public
 * reference.
 *
 * @param victorWebhookId only deliveries of this webhook configuration (wire name
 * unconfirmed)
 * @param startDate first day of the range, inclusive (wire name unconfirmed)
 * @param endDate last day of the range, inclusive (wire name unconfirmed)
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookDeliveriesFilter(@Nullable String victorWebhookId, @Nullable LocalDate startDate,
		@Nullable LocalDate endDate) implements ListFilter {

	/**
	 * Return a filter that selects every delivery.
	 * @return the empty filter
	 */
	public static WebhookDeliveriesFilter all() {
		return new WebhookDeliveriesFilter(null, null, null);
	}

	@Override
	public QueryParameters toQueryParameters() {
		return QueryParameters.builder()
			.add("victor_webhook_id", this.victorWebhookId)
			.add("start_date", this.startDate)
			.add("end_date", this.endDate)
			.build();
	}

	@Override
	public void validate() {
		Constraints.of(this).notBefore("end_date", this.endDate, "start_date", this.startDate).validate();
	}

	/**
	 * Start building a {@code WebhookDeliveriesFilter}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link WebhookDeliveriesFilter}; setters are named after the record
	 * components.
	 */
	public static final class Builder {

		private @Nullable String victorWebhookId;

		private @Nullable LocalDate startDate;

		private @Nullable LocalDate endDate;

		private Builder() {
		}

		/**
		 * Set {@code victorWebhookId}.
		 * @param victorWebhookId only deliveries of this webhook configuration (wire name
		 * unconfirmed)
		 * @return this builder
		 */
		public Builder victorWebhookId(@Nullable String victorWebhookId) {
			this.victorWebhookId = victorWebhookId;
			return this;
		}

		/**
		 * Set {@code startDate}.
		 * @param startDate first day of the range, inclusive (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder startDate(@Nullable LocalDate startDate) {
			this.startDate = startDate;
			return this;
		}

		/**
		 * Set {@code endDate}.
		 * @param endDate last day of the range, inclusive (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder endDate(@Nullable LocalDate endDate) {
			this.endDate = endDate;
			return this;
		}

		/**
		 * Build the {@code WebhookDeliveriesFilter}.
		 * @return a new immutable instance
		 */
		public WebhookDeliveriesFilter build() {
			return new WebhookDeliveriesFilter(this.victorWebhookId, this.startDate, this.endDate);
		}

	}

}

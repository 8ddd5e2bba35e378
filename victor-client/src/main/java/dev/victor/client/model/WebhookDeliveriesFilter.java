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
@GeneratedBuilder
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
	public void validate() {
		Constraints.of(this).notBefore("end_date", this.endDate, "start_date", this.startDate).validate();
	}

	/** Return a new builder of {@code WebhookDeliveriesFilter}. */
	public static WebhookDeliveriesFilterBuilder builder() {
		return new WebhookDeliveriesFilterBuilder();
	}

}

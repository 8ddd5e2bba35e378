package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Filter of {@code listPaymentRequests} ({@code ListPaymentRequests}), sent as flat query
 * parameters. The schema's fields are not confirmed by the public reference.
 *
 * @param direction only inbound or only outbound requests (wire name unconfirmed)
 * @param status only requests in this status, for example {@code Declined} (wire name
 * unconfirmed)
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@GeneratedBuilder
public record PaymentRequestsFilter(@Nullable PaymentRequestDirection direction,
		@Nullable String status) implements ListFilter {

	/**
	 * Return a filter that selects every payment request.
	 * @return the empty filter
	 */
	public static PaymentRequestsFilter all() {
		return new PaymentRequestsFilter(null, null);
	}

	/** Return a new builder of {@code PaymentRequestsFilter}. */
	public static PaymentRequestsFilterBuilder builder() {
		return new PaymentRequestsFilterBuilder();
	}

}

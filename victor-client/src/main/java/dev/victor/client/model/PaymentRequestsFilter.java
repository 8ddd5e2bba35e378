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
public record PaymentRequestsFilter(@Nullable PaymentRequestDirection direction,
		@Nullable String status) implements ListFilter {

	/**
	 * Return a filter that selects every payment request.
	 * @return the empty filter
	 */
	public static PaymentRequestsFilter all() {
		return new PaymentRequestsFilter(null, null);
	}

	@Override
	public QueryParameters toQueryParameters() {
		return QueryParameters.builder().add("direction", this.direction).add("status", this.status).build();
	}

	/**
	 * Start building a {@code PaymentRequestsFilter}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link PaymentRequestsFilter}; setters are named after the record
	 * components.
	 */
	public static final class Builder {

		private @Nullable PaymentRequestDirection direction;

		private @Nullable String status;

		private Builder() {
		}

		/**
		 * Set {@code direction}.
		 * @param direction only inbound or only outbound requests (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder direction(@Nullable PaymentRequestDirection direction) {
			this.direction = direction;
			return this;
		}

		/**
		 * Set {@code status}.
		 * @param status only requests in this status, for example {@code Declined} (wire
		 * name unconfirmed)
		 * @return this builder
		 */
		public Builder status(@Nullable String status) {
			this.status = status;
			return this;
		}

		/**
		 * Build the {@code PaymentRequestsFilter}.
		 * @return a new immutable instance
		 */
		public PaymentRequestsFilter build() {
			return new PaymentRequestsFilter(this.direction, this.status);
		}

	}

}

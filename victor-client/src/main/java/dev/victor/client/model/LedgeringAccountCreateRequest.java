package dev.victor.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code createAccount} (ledgering): a virtual account in a ledgering program.
 * The schema's fields are not confirmed by the public reference; their names live here
 * only.
 *
 * @param ledgeringProgramId ledgering program the account belongs to (required) (wire
 * name unconfirmed)
 * @param accountName name of the new account (required) (wire name unconfirmed)
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LedgeringAccountCreateRequest(@Nullable Long ledgeringProgramId,
		@Nullable String accountName) implements ValidatedRequest {

	/**
	 * Return the fields, with names, account and routing numbers masked.
	 * @return the text
	 */
	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	@Override
	public void validate() {
		Constraints.of(this)
			.required("ledgering_program_id", this.ledgeringProgramId)
			.required("account_name", this.accountName)
			.validate();
	}

	/**
	 * Start building a {@code LedgeringAccountCreateRequest}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link LedgeringAccountCreateRequest}; setters are named after the
	 * record components.
	 */
	public static final class Builder {

		private @Nullable Long ledgeringProgramId;

		private @Nullable String accountName;

		private Builder() {
		}

		/**
		 * Set {@code ledgeringProgramId}.
		 * @param ledgeringProgramId ledgering program the account belongs to (required)
		 * (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder ledgeringProgramId(@Nullable Long ledgeringProgramId) {
			this.ledgeringProgramId = ledgeringProgramId;
			return this;
		}

		/**
		 * Set {@code accountName}.
		 * @param accountName name of the new account (required) (wire name unconfirmed)
		 * @return this builder
		 */
		public Builder accountName(@Nullable String accountName) {
			this.accountName = accountName;
			return this;
		}

		/**
		 * Build the {@code LedgeringAccountCreateRequest}.
		 * @return a new immutable instance
		 */
		public LedgeringAccountCreateRequest build() {
			return new LedgeringAccountCreateRequest(this.ledgeringProgramId, this.accountName);
		}

	}

}

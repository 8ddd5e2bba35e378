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
@GeneratedBuilder
public record LedgeringAccountCreateRequest(@Rule.Required @Nullable Long ledgeringProgramId,
		@Rule.Required @Nullable String accountName) implements ValidatedRequest {

	@Override
	public String toString() {
		return SensitiveFields.toString(this);
	}

	/** Return a new builder of {@code LedgeringAccountCreateRequest}. */
	public static LedgeringAccountCreateRequestBuilder builder() {
		return new LedgeringAccountCreateRequestBuilder();
	}

}

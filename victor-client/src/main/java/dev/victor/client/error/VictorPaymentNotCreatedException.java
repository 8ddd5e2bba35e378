package dev.victor.client.error;

import org.jspecify.annotations.Nullable;

import org.springframework.core.NestedRuntimeException;

/**
 * A transaction create failed with an unknown outcome, and looking the transaction up by
 * its client reference found nothing: Victor did not create it. Sending the create again
 * with the same {@link #getIdempotencyKey() idempotency key} is safe. The original
 * failure is the cause. Raised only with {@code victor.retry.resolve-unknown-outcome} on.
 *
 * @since 0.1.0
 */
public class VictorPaymentNotCreatedException extends NestedRuntimeException implements VictorCallFailure {

	private static final long serialVersionUID = 1L;

	private final String operation;

	private final @Nullable String idempotencyKey;

	private final @Nullable String clientReference;

	/**
	 * Create a new exception.
	 * @param failure the failure whose outcome was unknown
	 * @param cause the same failure as a throwable
	 */
	public VictorPaymentNotCreatedException(VictorCallFailure failure, Throwable cause) {
		super(failure.getOperation() + ": the outcome was unknown, and Victor has no transaction with client reference "
				+ failure.getClientReference() + ": it was not created; retry with the same Idempotency-Key "
				+ failure.getIdempotencyKey(), cause);
		this.operation = failure.getOperation();
		this.idempotencyKey = failure.getIdempotencyKey();
		this.clientReference = failure.getClientReference();
	}

	@Override
	public String getOperation() {
		return this.operation;
	}

	@Override
	public @Nullable String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	@Override
	public @Nullable String getClientReference() {
		return this.clientReference;
	}

	/**
	 * Tell whether Victor may have acted: it did not, the look-up proved it.
	 * @return {@code false}
	 */
	@Override
	public boolean isOutcomeUnknown() {
		return false;
	}

}

package dev.victor.client;

import java.util.Objects;

import dev.victor.client.error.VictorCallFailure;
import dev.victor.client.model.TransactionDetails;
import org.jspecify.annotations.Nullable;

/**
 * What became of a transaction create whose outcome was unknown, learnt by looking the
 * transaction up by its client reference ({@link VictorPaymentsClient#resolveOutcome}).
 *
 * @param state what the look-up found
 * @param failure the failure that left the outcome unknown (it carries the idempotency
 * key)
 * @param transaction the transaction Victor holds, when {@link State#EXISTS}
 * @param lookupFailure why the look-up itself failed, when {@link State#UNKNOWN}
 * @since 0.1.0
 */
public record PaymentOutcome(State state, VictorCallFailure failure, @Nullable TransactionDetails transaction,
		@Nullable Throwable lookupFailure) {

	/**
	 * Check that the parts match the state.
	 */
	public PaymentOutcome {
		Objects.requireNonNull(state, "state must not be null");
		Objects.requireNonNull(failure, "failure must not be null");
		if ((state == State.EXISTS) != (transaction != null)) {
			throw new IllegalArgumentException("A transaction is given exactly when the state is EXISTS");
		}
	}

	/**
	 * Tell whether the create may be sent again: only when Victor has no transaction
	 * under the reference, and then with the same idempotency key
	 * ({@code failure().getIdempotencyKey()}).
	 * @return whether the state is {@link State#NOT_FOUND}
	 */
	public boolean isSafeToRetry() {
		return this.state == State.NOT_FOUND;
	}

	/**
	 * What a look-up by client reference found.
	 */
	public enum State {

		/** Victor holds the transaction: the create took effect; see its status. */
		EXISTS,

		/**
		 * Victor has no transaction under the reference: the create did not take effect,
		 * and may be retried with the same idempotency key.
		 */
		NOT_FOUND,

		/** The look-up itself failed: the outcome is still unknown; ask again later. */
		UNKNOWN

	}

}

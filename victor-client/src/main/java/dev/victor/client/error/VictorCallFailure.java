package dev.victor.client.error;

import org.jspecify.annotations.Nullable;

/**
 * What every failure of a Victor call that may follow a send tells, whichever Spring
 * exception it extends ({@link VictorApiException} for an answer,
 * {@link VictorTransportException} for none): which call failed, under which idempotency
 * key, and whether Victor may have acted.
 *
 * @since 0.1.0
 */
public interface VictorCallFailure {

	/**
	 * Return the Victor operation that failed.
	 * @return the operationId, for example {@code createAchPayment}
	 */
	String getOperation();

	/**
	 * Return the idempotency key every attempt of the call carried: retry with it later
	 * and Victor will not create a second payment.
	 * @return the key, or {@code null} for an operation without one
	 */
	@Nullable String getIdempotencyKey();

	/**
	 * Tell whether Victor may have acted on the call although it failed: the request was
	 * sent and no clear refusal came back (a timeout or reset after sending, a 5xx, a 2xx
	 * that cannot be read, a redirect of a create). Look the payment up, or retry with
	 * the same idempotency key, before deciding anything.
	 * @return {@code true} when the outcome is unknown, {@code false} when Victor
	 * certainly did not act (never sent, or a 4xx refusal)
	 */
	boolean isOutcomeUnknown();

	/**
	 * Return the client reference of the transaction the failed call was creating: the
	 * caller's {@code client_reference_id}, or the one the client derived from the
	 * idempotency key. {@code getTransaction(reference)} finds the transaction by it, and
	 * {@code VictorPaymentsClient.resolveOutcome(failure)} does that look-up.
	 * @return the reference, or {@code null} for a call that creates no transaction
	 */
	default @Nullable String getClientReference() {
		return null;
	}

}

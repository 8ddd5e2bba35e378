package dev.victor.client.model;

import org.jspecify.annotations.Nullable;

/**
 * The body of a call that creates a transaction (an ACH payment, an RTP credit, a book
 * transfer): it carries a client reference by which the transaction can be looked up with
 * {@code getTransaction(reference)} when the call's outcome is unknown. When the caller
 * gives none, the client derives one from the call's idempotency key before sending.
 *
 * @param <R> the request type
 * @since 0.1.0
 */
public interface TransactionCreateRequest<R extends TransactionCreateRequest<R>> extends ValidatedRequest {

	/**
	 * Return the caller's reference for the transaction.
	 * @return the reference (at most 128 characters), or {@code null} when none was given
	 */
	@Nullable String clientReferenceId();

	/**
	 * Return a copy of this request carrying another client reference.
	 * @param clientReferenceId the reference
	 * @return the copy
	 */
	R withClientReferenceId(String clientReferenceId);

}

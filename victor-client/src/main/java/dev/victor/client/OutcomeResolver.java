package dev.victor.client;

import java.util.Objects;
import java.util.function.Function;

import dev.victor.client.error.VictorCallFailure;
import dev.victor.client.error.VictorNotFoundException;
import dev.victor.client.error.VictorPaymentNotCreatedException;
import dev.victor.client.model.TransactionDetails;
import dev.victor.client.model.TransactionReceipt;
import reactor.core.publisher.Mono;

import org.springframework.util.Assert;

/**
 * Turns "outcome unknown" into an answer: looks a failed transaction create up by the
 * client reference its failure carries. A 404 means Victor never created it; any other
 * failure of the look-up leaves the outcome unknown.
 */
final class OutcomeResolver {

	private final Function<String, Mono<TransactionDetails>> lookUp;

	OutcomeResolver(Function<String, Mono<TransactionDetails>> lookUp) {
		this.lookUp = lookUp;
	}

	Mono<PaymentOutcome> resolve(VictorCallFailure failure) {
		Assert.notNull(failure, "failure must not be null");
		String reference = failure.getClientReference();
		Assert.isTrue(reference != null, () -> "The failure of " + failure.getOperation()
				+ " carries no client reference: only transaction creates can be resolved");
		return Mono.defer(() -> this.lookUp.apply(reference))
			.map((transaction) -> new PaymentOutcome(PaymentOutcome.State.EXISTS, failure, transaction, null))
			.onErrorResume((lookupFailure) -> Mono.just((lookupFailure instanceof VictorNotFoundException)
					? new PaymentOutcome(PaymentOutcome.State.NOT_FOUND, failure, null, null)
					: new PaymentOutcome(PaymentOutcome.State.UNKNOWN, failure, null, lookupFailure)));
	}

	/**
	 * Resolve a create's failure before surfacing it: a transaction that exists completes
	 * the call with its receipt, one that does not fails it with
	 * {@link VictorPaymentNotCreatedException}, and an unknown outcome surfaces the
	 * failure with the look-up's failure attached as suppressed.
	 */
	Mono<TransactionReceipt> resolveBeforeSurfacing(Mono<TransactionReceipt> create) {
		return create.onErrorResume(OutcomeResolver::isResolvable, (failure) -> {
			VictorCallFailure callFailure = (VictorCallFailure) failure;
			return resolve(callFailure).flatMap((outcome) -> switch (outcome.state()) {
				case EXISTS -> Mono.just(receipt(Objects.requireNonNull(outcome.transaction())));
				case NOT_FOUND -> Mono.error(new VictorPaymentNotCreatedException(callFailure, failure));
				case UNKNOWN -> {
					failure.addSuppressed(outcome.lookupFailure());
					yield Mono.error(failure);
				}
			});
		});
	}

	private static boolean isResolvable(Throwable failure) {
		return failure instanceof VictorCallFailure callFailure && callFailure.isOutcomeUnknown()
				&& callFailure.getClientReference() != null;
	}

	private static TransactionReceipt receipt(TransactionDetails transaction) {
		return TransactionReceipt.builder()
			.victorTransactionId(transaction.victorTransactionId())
			.status(transaction.status())
			.amount(transaction.amount())
			.createdAt(transaction.createdAt())
			.build();
	}

}

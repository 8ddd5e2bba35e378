package dev.victor.autoconfigure.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import dev.victor.autoconfigure.webhooks.VictorWebhookStore.StoredDelivery;
import dev.victor.client.json.VictorJsonCodec;
import dev.victor.client.model.TransactionDetails;
import dev.victor.client.model.TransactionStatus;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Publishes the event of each accepted delivery on threads of its own, never the web
 * server's: reads the transaction back from Victor (with backoff) when confirmation is
 * on, publishes {@link VictorTransactionEvent} (or
 * {@link VictorWebhookConfirmationFailedEvent} when the read-back keeps failing), and
 * records it in the store. While running, it sweeps the store for deliveries acknowledged
 * but never published (the process died, a listener threw) and dispatches them again:
 * listeners get each delivery at least once.
 */
final class WebhookPublisher implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(WebhookPublisher.class);

	private static final int SWEEP_BATCH = 100;

	private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

	private final @Nullable Function<String, Mono<TransactionDetails>> readBack;

	private final ApplicationEventPublisher events;

	private final VictorWebhookStore store;

	private final VictorJsonCodec json;

	private final Settings settings;

	private final Clock clock;

	private final Scheduler scheduler = Schedulers.newBoundedElastic(4, 10_000, "victor-webhooks", 60, true);

	private volatile @Nullable Disposable sweeper;

	private volatile boolean stopping;

	/**
	 * Dispatches still confirming: cancelled at stop, so a read-back in backoff never
	 * delays shutdown.
	 */
	private final Disposable.Composite inFlight = Disposables.composite();

	/**
	 * Create a publisher.
	 * @param readBack reads a transaction from Victor by reference, {@code null} to
	 * publish the payload's status unconfirmed
	 */
	WebhookPublisher(@Nullable Function<String, Mono<TransactionDetails>> readBack, ApplicationEventPublisher events,
			VictorWebhookStore store, VictorJsonCodec json, Settings settings, Clock clock) {
		this.readBack = readBack;
		this.events = events;
		this.store = store;
		this.json = json;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Return the threads the publisher works on, where blocking store calls are allowed.
	 */
	Scheduler scheduler() {
		return this.scheduler;
	}

	/**
	 * Publish a recorded delivery's event in the background.
	 */
	void dispatch(StoredDelivery delivery, WebhookPayload payload) {
		Disposable.Swap dispatching = Disposables.swap();
		if (!this.inFlight.add(dispatching)) {
			return; // stopped: the delivery stays recorded, and the next start publishes
					// it
		}
		dispatching.update(confirm(payload).publishOn(this.scheduler)
			.subscribeOn(this.scheduler)
			.doFinally((signal) -> this.inFlight.remove(dispatching))
			.subscribe((transaction) -> publish(delivery, payload, transaction.orElse(null)),
					(failure) -> giveUp(delivery, payload, failure)));
	}

	private Mono<Optional<TransactionDetails>> confirm(WebhookPayload payload) {
		if (this.readBack == null) {
			return Mono.just(Optional.empty());
		}
		Function<String, Mono<TransactionDetails>> read = this.readBack;
		return Mono.defer(() -> read.apply(payload.reference()))
			.map(Optional::of)
			.retryWhen(Retry.backoff(this.settings.confirmAttempts() - 1L, this.settings.confirmBackoff())
				.maxBackoff(this.settings.confirmBackoff().multipliedBy(32))
				.scheduler(this.scheduler)
				.onRetryExhaustedThrow((spec, signal) -> signal.failure()));
	}

	private void publish(StoredDelivery delivery, WebhookPayload payload, @Nullable TransactionDetails transaction) {
		TransactionStatus status = (transaction != null && transaction.status() != null) ? transaction.status()
				: payload.knownStatus();
		try {
			this.events.publishEvent(new VictorTransactionEvent(this, payload.reference(), status, transaction,
					delivery.payload(), delivery.receivedAt(), payload.deliveryId()));
			this.store.markPublished(delivery.key());
		}
		catch (RuntimeException ex) {
			logger.error("A listener of the Victor webhook event for " + payload.reference() + " failed; the event "
					+ "will be published again after victor.webhooks.redispatch-after", ex);
		}
	}

	private void giveUp(StoredDelivery delivery, WebhookPayload payload, Throwable failure) {
		if (this.stopping) {
			// not a verdict on the delivery: it stays recorded as received, and the next
			// start's sweep (or another instance's) publishes it
			logger.info("Stopped before the Victor webhook delivery for " + payload.reference()
					+ " was confirmed; it is published after the next start");
			return;
		}
		logger.warn("Could not read transaction " + payload.reference() + " back from Victor after "
				+ this.settings.confirmAttempts() + " attempts; no VictorTransactionEvent is published for the "
				+ "delivery received at " + delivery.receivedAt() + " (" + failure + ")");
		try {
			this.events.publishEvent(new VictorWebhookConfirmationFailedEvent(this, payload.reference(),
					payload.status(), delivery.receivedAt(), failure));
			this.store.markFailed(delivery.key());
		}
		catch (RuntimeException ex) {
			logger.error("A listener of VictorWebhookConfirmationFailedEvent failed", ex);
		}
	}

	/**
	 * Dispatch again what was acknowledged but not published in time, and forget what is
	 * older than the de-duplication window.
	 */
	void sweep() {
		Instant now = this.clock.instant();
		try {
			this.store.forget(now.minus(this.settings.deduplicationWindow()));
			for (StoredDelivery stale : this.store.takeStale(now.minus(this.settings.redispatchAfter()), now,
					SWEEP_BATCH)) {
				WebhookPayload.find(this.json.readTree(stale.payload().getBytes(StandardCharsets.UTF_8)))
					.ifPresentOrElse((payload) -> dispatch(stale, payload), () -> this.store.markFailed(stale.key()));
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Sweeping the Victor webhook store failed; trying again later", ex);
		}
	}

	@Override
	public void start() {
		Duration every = this.settings.redispatchAfter().dividedBy(2);
		this.sweeper = Flux.interval(Duration.ZERO, every.isZero() ? Duration.ofMillis(1) : every, this.scheduler)
			.subscribe((tick) -> sweep());
	}

	@Override
	public void stop() {
		this.stopping = true;
		this.inFlight.dispose();
		Disposable running = this.sweeper;
		if (running != null) {
			running.dispose();
			this.sweeper = null;
		}
		// let an event being published finish recording itself; what does not finish in
		// time is dispatched again by the next start's sweep
		this.scheduler.disposeGracefully()
			.timeout(SHUTDOWN_GRACE)
			.onErrorResume((timeout) -> Mono.fromRunnable(this.scheduler::dispose))
			.block();
	}

	@Override
	public boolean isRunning() {
		return this.sweeper != null;
	}

	/**
	 * How the publisher confirms, re-dispatches and forgets.
	 *
	 * @param confirmAttempts read-back attempts, the first included
	 * @param confirmBackoff backoff before the second attempt, doubling after
	 * @param redispatchAfter how long a delivery may stay unpublished before it is
	 * dispatched again
	 * @param deduplicationWindow how long a delivery is remembered
	 */
	record Settings(int confirmAttempts, Duration confirmBackoff, Duration redispatchAfter,
			Duration deduplicationWindow) {
	}

}

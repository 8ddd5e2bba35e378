package dev.victor.test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * Posts webhook events to the registered URLs the way a real sender does: each event to
 * every URL, redelivered with growing backoff until the receiver answers 2xx or the
 * attempts run out, and, on request, delivered twice on purpose.
 */
final class MockWebhookSender implements AutoCloseable {

	private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);

	private final List<URI> targets = new CopyOnWriteArrayList<>();

	private final List<MockWebhookDelivery> deliveries = new CopyOnWriteArrayList<>();

	private final AtomicInteger duplicatesToSend = new AtomicInteger();

	private final Disposable.Composite pending = Disposables.composite();

	private final ConnectionProvider connections = ConnectionProvider.newConnection();

	private final HttpClient http;

	private final Duration retryBackoff;

	private final int maxAttempts;

	MockWebhookSender(Duration retryBackoff, int maxAttempts, LoopResources loops) {
		this.http = HttpClient.create(this.connections).runOn(loops).responseTimeout(ANSWER_TIMEOUT);
		this.retryBackoff = retryBackoff;
		this.maxAttempts = maxAttempts;
	}

	void register(URI target) {
		this.targets.add(target);
	}

	void duplicateNext(int count) {
		this.duplicatesToSend.addAndGet(count);
	}

	/**
	 * Forget the registered URLs and the deliveries journalled so far.
	 */
	void reset() {
		this.targets.clear();
		this.deliveries.clear();
		this.duplicatesToSend.set(0);
	}

	List<MockWebhookDelivery> deliveries() {
		return List.copyOf(this.deliveries);
	}

	/**
	 * Send an event to every registered URL, in the background.
	 */
	void send(String eventId, String payload) {
		boolean duplicate = this.duplicatesToSend.getAndUpdate((n) -> Math.max(0, n - 1)) > 0;
		for (URI target : this.targets) {
			deliver(target, eventId, payload, 1);
			if (duplicate) {
				deliver(target, eventId, payload, 1);
			}
		}
	}

	private void deliver(URI target, String eventId, String payload, int attempt) {
		Disposable[] self = new Disposable[1];
		self[0] = post(target, payload).subscribe((status) -> {
			this.pending.remove(self[0]);
			this.deliveries.add(new MockWebhookDelivery(withoutQuery(target), eventId, payload, attempt, status));
			if ((status < 200 || status >= 300) && attempt < this.maxAttempts) {
				later(this.retryBackoff.multipliedBy(1L << Math.min(attempt - 1, 10)),
						() -> deliver(target, eventId, payload, attempt + 1));
			}
		});
		this.pending.add(self[0]);
	}

	private Mono<Integer> post(URI target, String payload) {
		return this.http.headers((headers) -> headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json"))
			.post()
			.uri(target)
			.send(ByteBufFlux.fromString(Mono.just(payload), StandardCharsets.UTF_8, ByteBufAllocator.DEFAULT))
			.responseSingle((response, body) -> body.then(Mono.just(response.status().code())))
			.timeout(ANSWER_TIMEOUT)
			.onErrorReturn(0);
	}

	/**
	 * Run a task after a delay, unless the sender is closed first.
	 */
	void later(Duration delay, Runnable task) {
		Disposable[] self = new Disposable[1];
		self[0] = Mono.delay(delay).subscribe((tick) -> {
			this.pending.remove(self[0]);
			task.run();
		});
		this.pending.add(self[0]);
	}

	private static URI withoutQuery(URI target) {
		return URI.create(target.getScheme() + "://" + target.getRawAuthority() + target.getRawPath());
	}

	@Override
	public void close() {
		this.pending.dispose();
		this.connections.dispose();
	}

}

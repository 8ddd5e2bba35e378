package dev.victor.test;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.victor.client.IdempotencyKeys;

/**
 * Victor's idempotency behaviour, with the client's own key rules
 * ({@link IdempotencyKeys}): the first request with a key is executed and its response
 * stored; a repeat with the same key and body replays that response; a repeat with the
 * same key and another body is refused with 422.
 */
final class IdempotencyLedger {

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	/**
	 * Execute a keyed request at most once.
	 * @param key the Idempotency-Key, or {@code null} for an unkeyed request
	 * @param body the request body
	 * @param execution runs the request the first time
	 * @return the response, stored or fresh
	 */
	MockResponse execute(String key, String body, Supplier<MockResponse> execution) {
		if (key == null) {
			return execution.get();
		}
		try {
			IdempotencyKeys.requireValid(key);
		}
		catch (IllegalArgumentException ex) {
			return MockResponse.error(400, ex.getMessage());
		}
		Entry entry = this.entries.computeIfAbsent(key, (k) -> new Entry(body, execution.get()));
		if (!entry.body().equals(body)) {
			return MockResponse.error(422, "Idempotency-Key was already used with a different request body");
		}
		return entry.response();
	}

	/**
	 * Forget every key.
	 */
	void clear() {
		this.entries.clear();
	}

	private record Entry(String body, MockResponse response) {
	}

}

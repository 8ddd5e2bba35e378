package dev.victor.test;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Victor's idempotency behaviour: the first request with a key is executed and its response
 * stored; a repeat with the same key and body replays that response; a repeat with the same
 * key and another body is refused with 422.
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
		if (key.length() > 128) {
			return MockResponse.error(400, "Idempotency-Key must be at most 128 characters");
		}
		Entry entry = this.entries.computeIfAbsent(key, (k) -> new Entry(body, execution.get()));
		if (!entry.body().equals(body)) {
			return MockResponse.error(422, "Idempotency-Key was already used with a different request body");
		}
		return entry.response();
	}

	private record Entry(String body, MockResponse response) {
	}

}

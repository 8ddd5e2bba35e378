package dev.victor.test;

import java.util.Map;

/**
 * A status and a JSON body the mock answers with.
 *
 * @param status the HTTP status
 * @param body the JSON body
 */
record MockResponse(int status, Object body) {

	static MockResponse ok(Object body) {
		return new MockResponse(200, body);
	}

	static MockResponse error(int status, String message) {
		return new MockResponse(status, Map.of("message", message));
	}

}

package dev.victor.test;

import java.util.Map;

/**
 * One request as {@link MockVictorServer} received it, for assertions in tests. The
 * {@code Authorization} header is not recorded.
 *
 * @param operation the Victor operationId the mock matched, or {@code unknown}
 * @param method the HTTP method
 * @param path the path, without the query
 * @param query the query parameters (first value of each)
 * @param headers the request headers (first value of each), without {@code Authorization}
 * @param body the request body, empty when there is none
 * @param status the status the mock answered with
 * @since 0.1.0
 */
public record MockVictorRequest(String operation, String method, String path, Map<String, String> query,
		Map<String, String> headers, String body, int status) {

	/**
	 * Return a header, ignoring the case of its name.
	 * @param name the header name
	 * @return the value, or {@code null}
	 */
	public String header(String name) {
		return this.headers.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

}

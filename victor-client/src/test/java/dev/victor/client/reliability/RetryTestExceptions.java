package dev.victor.client.reliability;

import java.net.URI;
import java.time.Duration;

import dev.victor.client.error.VictorErrorBody;
import dev.victor.client.error.VictorRateLimitException;
import dev.victor.client.error.VictorResponseContext;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * Exceptions built directly, for policy tests.
 */
final class RetryTestExceptions {

	private RetryTestExceptions() {
	}

	static VictorRateLimitException rateLimited(Duration retryAfter) {
		return new VictorRateLimitException(new VictorResponseContext("getAccounts", null, HttpMethod.GET,
				URI.create("http://127.0.0.1/v2/accounts"), HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests",
				new HttpHeaders(), new byte[0], new VictorErrorBody(null, null, null), retryAfter));
	}

}

package dev.victor.client.error;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;

/**
 * Everything a {@link VictorApiException} is made of: the call and Victor's answer.
 *
 * @param operation the Victor operationId
 * @param idempotencyKey the call's idempotency key, or {@code null}
 * @param method the HTTP method
 * @param uri the request URI
 * @param status the response status
 * @param reasonPhrase the status text
 * @param headers the response headers
 * @param body the response body (already bounded by the codec limit)
 * @param errorBody the parsed body
 * @param retryAfter the {@code Retry-After} wait, or {@code null}
 * @param clientReference the client reference of the transaction the call creates, or
 * {@code null}
 * @since 0.1.0
 */
public record VictorResponseContext(String operation, @Nullable String idempotencyKey, HttpMethod method, URI uri,
		HttpStatusCode status, String reasonPhrase, HttpHeaders headers, byte[] body, VictorErrorBody errorBody,
		@Nullable Duration retryAfter, @Nullable String clientReference) {

	/**
	 * Create a context for a call that creates no transaction.
	 * @param operation the Victor operationId
	 * @param idempotencyKey the call's idempotency key, or {@code null}
	 * @param method the HTTP method
	 * @param uri the request URI
	 * @param status the response status
	 * @param reasonPhrase the status text
	 * @param headers the response headers
	 * @param body the response body
	 * @param errorBody the parsed body
	 * @param retryAfter the {@code Retry-After} wait, or {@code null}
	 */
	public VictorResponseContext(String operation, @Nullable String idempotencyKey, HttpMethod method, URI uri,
			HttpStatusCode status, String reasonPhrase, HttpHeaders headers, byte[] body, VictorErrorBody errorBody,
			@Nullable Duration retryAfter) {
		this(operation, idempotencyKey, method, uri, status, reasonPhrase, headers, body, errorBody, retryAfter, null);
	}

	/**
	 * Return the exception message: operation, status, method and path, and the key.
	 * Never the body (it may echo account numbers) nor any header.
	 * @return the message
	 */
	String message() {
		String key = (this.idempotencyKey != null) ? " (Idempotency-Key " + this.idempotencyKey + ")" : "";
		return this.operation + ": " + this.status.value() + " " + this.reasonPhrase + " from " + this.method.name()
				+ " " + this.uri.getRawPath() + key;
	}

	/**
	 * Return the request as the exception exposes it: method and URI, with no headers, so
	 * the {@code Authorization} header can never leak through the exception.
	 * @return a header-less view of the request
	 */
	HttpRequest request() {
		HttpMethod requestMethod = this.method;
		URI requestUri = this.uri;
		return new HttpRequest() {

			@Override
			public HttpMethod getMethod() {
				return requestMethod;
			}

			@Override
			public URI getURI() {
				return requestUri;
			}

			@Override
			public Map<String, Object> getAttributes() {
				return Map.of();
			}

			@Override
			public HttpHeaders getHeaders() {
				return HttpHeaders.EMPTY;
			}

		};
	}

}

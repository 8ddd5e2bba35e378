package dev.victor.client.call;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.ClientRequest;

/**
 * The facts a Victor call knows before it is sent, carried on each of its requests as one
 * typed attribute for every filter to read: the operation, the idempotency key, and
 * whether repeating it cannot duplicate its effect. The typed client attaches it; a raw
 * call through the {@code victorWebClient} gets one derived from its method, its
 * {@value VictorRequestAttributes#IDEMPOTENCY_KEY_HEADER} header and the
 * {@link VictorRequestAttributes} it set.
 *
 * @param operation the Victor operationId, for example {@code createAchPayment}, or
 * {@value VictorRequestAttributes#RAW_OPERATION}
 * @param idempotencyKey the key every attempt carries, {@code null} for a call without
 * one
 * @param replaySafe whether a repeat cannot duplicate the call's effect: a GET or HEAD, a
 * keyed call, or one marked safe (the OAuth token request)
 * @param deadline the bound on each attempt of this call, {@code null} for the client's
 * @param clientReference the reference a transaction create carries, by which its
 * transaction can be looked up when the outcome is unknown; {@code null} for other calls
 * @since 0.1.0
 */
public record VictorCall(String operation, @Nullable String idempotencyKey, boolean replaySafe,
		@Nullable Duration deadline, @Nullable String clientReference) {

	/** The request attribute that holds the call. */
	public static final String ATTRIBUTE = VictorCall.class.getName();

	/**
	 * Check the operation name.
	 */
	public VictorCall {
		Objects.requireNonNull(operation, "operation must not be null");
	}

	/**
	 * Describe a call that creates no transaction (the form before client references).
	 * @param operation the Victor operationId
	 * @param idempotencyKey the key, or {@code null}
	 * @param replaySafe whether a repeat cannot duplicate the call's effect
	 * @param deadline the per-attempt deadline, or {@code null} for the client's
	 */
	public VictorCall(String operation, @Nullable String idempotencyKey, boolean replaySafe,
			@Nullable Duration deadline) {
		this(operation, idempotencyKey, replaySafe, deadline, null);
	}

	/**
	 * Describe a typed call of an operation.
	 * @param operation the operationId
	 * @param method the HTTP method
	 * @param idempotencyKey the key, or {@code null} for an operation without one
	 * @return the call
	 */
	public static VictorCall of(String operation, HttpMethod method, @Nullable String idempotencyKey) {
		return new VictorCall(operation, idempotencyKey, isReadOnly(method) || idempotencyKey != null, null, null);
	}

	/**
	 * Return this call with its own per-attempt deadline.
	 * @param deadline the deadline, or {@code null} for the client's
	 * @return the call
	 */
	public VictorCall withDeadline(@Nullable Duration deadline) {
		return new VictorCall(this.operation, this.idempotencyKey, this.replaySafe, deadline, this.clientReference);
	}

	/**
	 * Return this call with the client reference of the transaction it creates.
	 * @param clientReference the reference, or {@code null}
	 * @return the call
	 */
	public VictorCall withClientReference(@Nullable String clientReference) {
		return new VictorCall(this.operation, this.idempotencyKey, this.replaySafe, this.deadline, clientReference);
	}

	/**
	 * Return the call a request belongs to: its {@link #ATTRIBUTE}, or for a raw call one
	 * derived from the request.
	 * @param request the request
	 * @return the call
	 */
	public static VictorCall of(ClientRequest request) {
		Object call = request.attributes().get(ATTRIBUTE);
		return (call instanceof VictorCall victorCall) ? victorCall : raw(request);
	}

	/**
	 * Put this call on a request's attributes.
	 * @param attributes the request attributes
	 */
	public void attachTo(Map<String, Object> attributes) {
		attributes.put(ATTRIBUTE, this);
	}

	private static VictorCall raw(ClientRequest request) {
		Map<String, Object> attributes = request.attributes();
		Object operation = attributes.get(VictorRequestAttributes.OPERATION);
		String key = request.headers().getFirst(VictorRequestAttributes.IDEMPOTENCY_KEY_HEADER);
		boolean markedSafe = Boolean.TRUE.equals(attributes.get(VictorRequestAttributes.REPLAY_SAFE));
		return new VictorCall((operation != null) ? operation.toString() : VictorRequestAttributes.RAW_OPERATION, key,
				markedSafe || isReadOnly(request.method()) || key != null, null, null);
	}

	private static boolean isReadOnly(HttpMethod method) {
		return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
	}

}

package dev.victor.client;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Per-call options for Victor operations, such as the {@code Idempotency-Key} of a
 * create-payment call. Immutable; build one with {@link #builder()}.
 *
 * @since 0.1.0
 */
public final class RequestOptions {

	private static final RequestOptions NONE = new RequestOptions(null);

	private final @Nullable String idempotencyKey;

	private RequestOptions(@Nullable String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

	/**
	 * Return options that set nothing: create-payment calls then get a generated key.
	 * @return the empty options
	 */
	public static RequestOptions none() {
		return NONE;
	}

	/**
	 * Start building options.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the caller's idempotency key, if one was given.
	 * @return the key, or empty to let the client generate one
	 */
	public Optional<String> idempotencyKey() {
		return Optional.ofNullable(this.idempotencyKey);
	}

	@Override
	public String toString() {
		return "RequestOptions[idempotencyKey=" + this.idempotencyKey + "]";
	}

	/**
	 * Builder for {@link RequestOptions}.
	 */
	public static final class Builder {

		private @Nullable String idempotencyKey;

		private Builder() {
		}

		/**
		 * Set the {@code Idempotency-Key} that every attempt of the call carries. Reuse
		 * the same key to retry a call later without risking a duplicate payment.
		 * @param idempotencyKey 1 to 128 printable ASCII characters (a UUID is ideal)
		 * @return this builder
		 * @throws IllegalArgumentException if the key breaks Victor's rules
		 */
		public Builder idempotencyKey(String idempotencyKey) {
			this.idempotencyKey = IdempotencyKeys.requireValid(idempotencyKey);
			return this;
		}

		/**
		 * Build the options.
		 * @return the immutable options
		 */
		public RequestOptions build() {
			return (this.idempotencyKey != null) ? new RequestOptions(this.idempotencyKey) : NONE;
		}

	}

}

package dev.victor.client;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Per-call options for Victor operations, such as the {@code Idempotency-Key} of a
 * create-payment call. Immutable; build one with {@link #builder()}.
 *
 * @since 0.1.0
 */
public final class RequestOptions {

	private static final RequestOptions NONE = new RequestOptions(null, null);

	private final @Nullable String idempotencyKey;

	private final @Nullable Duration deadline;

	private RequestOptions(@Nullable String idempotencyKey, @Nullable Duration deadline) {
		this.deadline = deadline;
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

	/**
	 * Return the per-attempt deadline of this call, if it overrides the client's.
	 * @return the deadline, or empty
	 */
	public Optional<Duration> deadline() {
		return Optional.ofNullable(this.deadline);
	}

	@Override
	public String toString() {
		return "RequestOptions[idempotencyKey=" + this.idempotencyKey + ", deadline=" + this.deadline + "]";
	}

	/**
	 * Builder for {@link RequestOptions}.
	 */
	public static final class Builder {

		private @Nullable String idempotencyKey;

		private @Nullable Duration deadline;

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
		 * Bound each attempt of this call, from sending the request to the last byte of
		 * the response, instead of the client's {@code deadline}.
		 * @param deadline a positive duration
		 * @return this builder
		 */
		public Builder deadline(Duration deadline) {
			if (deadline == null || deadline.isNegative() || deadline.isZero()) {
				throw new IllegalArgumentException("deadline must be a positive duration");
			}
			this.deadline = deadline;
			return this;
		}

		/**
		 * Build the options.
		 * @return the immutable options
		 */
		public RequestOptions build() {
			return (this.idempotencyKey != null || this.deadline != null)
					? new RequestOptions(this.idempotencyKey, this.deadline) : NONE;
		}

	}

}

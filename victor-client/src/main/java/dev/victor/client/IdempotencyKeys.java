package dev.victor.client;

/**
 * Victor's rules for {@code Idempotency-Key} values. Fresh keys come from
 * {@link IdempotencyKeyGenerator}.
 *
 * @since 0.1.0
 */
public final class IdempotencyKeys {

	/** Longest key Victor accepts. */
	public static final int MAX_LENGTH = 128;

	private IdempotencyKeys() {
	}

	/**
	 * Check a caller-supplied key against Victor's rules.
	 * @param key the key
	 * @return the same key
	 * @throws IllegalArgumentException if the key is null, empty, longer than
	 * {@value #MAX_LENGTH} characters or has a character outside printable ASCII
	 */
	public static String requireValid(String key) {
		if (key == null || key.isEmpty()) {
			throw new IllegalArgumentException(
					"Idempotency-Key must not be empty (1 to " + MAX_LENGTH + " printable ASCII characters)");
		}
		if (key.length() > MAX_LENGTH) {
			throw new IllegalArgumentException(
					"Idempotency-Key must be at most " + MAX_LENGTH + " characters, but has " + key.length());
		}
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (c < 0x21 || c > 0x7E) {
				throw new IllegalArgumentException("Idempotency-Key must be printable ASCII (0x21-0x7E) with "
						+ "no spaces or control characters, but has 0x" + Integer.toHexString(c) + " at index " + i);
			}
		}
		return key;
	}

}

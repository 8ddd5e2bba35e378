package dev.victor.client;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Generates idempotency keys as random (version 4) UUID strings without blocking the
 * calling thread. {@code UUID.randomUUID()} may read the OS entropy source on first use,
 * which must never happen on a Netty event loop; this generator seeds its DRBG once, when
 * it is created (at client start-up), and afterwards only computes. Random bytes are
 * drawn from the DRBG for {@value #KEYS_PER_DRAW} keys at a time, which keeps the lock
 * and the DRBG's per-call work off almost every call.
 *
 * @since 0.1.0
 */
public final class IdempotencyKeyGenerator {

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private static final int KEY_BYTES = 16;

	private static final int KEYS_PER_DRAW = 64;

	private final SecureRandom random;

	private final byte[] drawn = new byte[KEY_BYTES * KEYS_PER_DRAW];

	private int position = this.drawn.length;

	/**
	 * Create a generator and seed it now.
	 */
	public IdempotencyKeyGenerator() {
		this.random = createSeeded();
	}

	/**
	 * Generate a fresh key for one logical call.
	 * @return a random UUID string, for example
	 * {@code 1145f601-b8b0-4de7-9210-4ccb74a68ef5}
	 */
	public String generate() {
		char[] out = new char[36];
		synchronized (this.drawn) {
			if (this.position == this.drawn.length) {
				this.random.nextBytes(this.drawn);
				this.position = 0;
			}
			format(this.drawn, this.position, out);
			this.position += KEY_BYTES;
		}
		return new String(out);
	}

	/**
	 * Write 16 random bytes as a version 4, variant 1 UUID string.
	 */
	private static void format(byte[] bytes, int offset, char[] out) {
		int position = 0;
		for (int i = 0; i < KEY_BYTES; i++) {
			if (i == 4 || i == 6 || i == 8 || i == 10) {
				out[position++] = '-';
			}
			int value = bytes[offset + i];
			if (i == 6) {
				value = (value & 0x0f) | 0x40;
			}
			else if (i == 8) {
				value = (value & 0x3f) | 0x80;
			}
			out[position++] = HEX[(value >> 4) & 0x0f];
			out[position++] = HEX[value & 0x0f];
		}
	}

	private static SecureRandom createSeeded() {
		SecureRandom random;
		try {
			random = SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			random = new SecureRandom();
		}
		random.nextBytes(new byte[16]);
		return random;
	}

}

package dev.victor.client;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Generates idempotency keys as random (version 4) UUID strings without blocking the calling
 * thread. {@code UUID.randomUUID()} may read the OS entropy source on first use, which must
 * never happen on a Netty event loop; this generator seeds its DRBG once, when it is
 * created (at client start-up), and afterwards only computes.
 *
 * @since 0.1.0
 */
public final class IdempotencyKeyGenerator {

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private final SecureRandom random;

	/**
	 * Create a generator and seed it now.
	 */
	public IdempotencyKeyGenerator() {
		this.random = createSeeded();
	}

	/**
	 * Generate a fresh key for one logical call.
	 * @return a random UUID string, for example {@code 1145f601-b8b0-4de7-9210-4ccb74a68ef5}
	 */
	public String generate() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
		bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
		char[] out = new char[36];
		int position = 0;
		for (int i = 0; i < 16; i++) {
			if (i == 4 || i == 6 || i == 8 || i == 10) {
				out[position++] = '-';
			}
			out[position++] = HEX[(bytes[i] >> 4) & 0x0f];
			out[position++] = HEX[bytes[i] & 0x0f];
		}
		return new String(out);
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

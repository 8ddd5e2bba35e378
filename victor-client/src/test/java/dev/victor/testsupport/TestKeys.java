package dev.victor.testsupport;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * RSA key pairs generated in the test JVM (never committed), and their PEM encodings.
 * Pairs are cached per size because 3072- and 4096-bit generation is slow.
 */
public final class TestKeys {

	private static final Map<String, KeyPair> CACHE = new ConcurrentHashMap<>();

	private TestKeys() {
	}

	/**
	 * Return the shared 2048-bit pair.
	 * @return a key pair
	 */
	public static KeyPair rsa2048() {
		return rsa(2048, "shared");
	}

	/**
	 * Return a cached RSA pair of the given size and name.
	 * @param bits the modulus size
	 * @param name distinguishes pairs of the same size
	 * @return a key pair
	 */
	public static KeyPair rsa(int bits, String name) {
		return CACHE.computeIfAbsent(bits + "/" + name, (key) -> generate("RSA", bits));
	}

	/**
	 * Generate a pair of another algorithm.
	 * @param algorithm for example {@code EC}
	 * @param bits the key size
	 * @return a new key pair
	 */
	public static KeyPair generate(String algorithm, int bits) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
			generator.initialize(bits);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static RSAPrivateKey privateKey(KeyPair pair) {
		return (RSAPrivateKey) pair.getPrivate();
	}

	public static RSAPublicKey publicKey(KeyPair pair) {
		return (RSAPublicKey) pair.getPublic();
	}

	/**
	 * Encode a private key as PKCS#8 PEM ({@code BEGIN PRIVATE KEY}).
	 * @param pair the pair
	 * @return the PEM text with LF line endings
	 */
	public static String pkcs8Pem(KeyPair pair) {
		return pem("PRIVATE KEY", pair.getPrivate().getEncoded());
	}

	/**
	 * Encode an RSA private key as PKCS#1 PEM ({@code BEGIN RSA PRIVATE KEY}), by taking
	 * the key out of its PKCS#8 wrapper.
	 * @param pair the pair
	 * @return the PEM text with LF line endings
	 */
	public static String pkcs1Pem(KeyPair pair) {
		return pem("RSA PRIVATE KEY", innerOctetString(pair.getPrivate().getEncoded()));
	}

	/**
	 * Encode a public key as X.509 PEM ({@code BEGIN PUBLIC KEY}).
	 * @param pair the pair
	 * @return the PEM text
	 */
	public static String publicPem(KeyPair pair) {
		return pem("PUBLIC KEY", pair.getPublic().getEncoded());
	}

	public static String pem(String label, byte[] der) {
		String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
		return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
	}

	// PKCS#8 PrivateKeyInfo: SEQUENCE { INTEGER version, SEQUENCE algorithm, OCTET STRING
	// key }
	private static byte[] innerOctetString(byte[] pkcs8) {
		int[] cursor = { 0 };
		readHeader(pkcs8, cursor);
		skipElement(pkcs8, cursor);
		skipElement(pkcs8, cursor);
		int length = readHeader(pkcs8, cursor);
		return Arrays.copyOfRange(pkcs8, cursor[0], cursor[0] + length);
	}

	private static void skipElement(byte[] der, int[] cursor) {
		int length = readHeader(der, cursor);
		cursor[0] += length;
	}

	private static int readHeader(byte[] der, int[] cursor) {
		cursor[0]++;
		int first = der[cursor[0]++] & 0xff;
		if (first < 0x80) {
			return first;
		}
		int length = 0;
		for (int i = 0; i < (first & 0x7f); i++) {
			length = (length << 8) | (der[cursor[0]++] & 0xff);
		}
		return length;
	}

}

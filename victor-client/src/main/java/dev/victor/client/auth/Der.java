package dev.victor.client.auth;

import java.io.ByteArrayOutputStream;

/**
 * The little DER encoding needed to wrap PKCS#1 RSA keys into the PKCS#8 and X.509
 * structures the JDK's {@code KeyFactory} reads.
 */
final class Der {

	/**
	 * AlgorithmIdentifier for rsaEncryption (OID 1.2.840.113549.1.1.1) with NULL
	 * parameters.
	 */
	private static final byte[] RSA_ALGORITHM = { 0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86,
			(byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00 };

	private static final byte[] VERSION_ZERO = { 0x02, 0x01, 0x00 };

	private Der() {
	}

	/**
	 * Wrap a PKCS#1 {@code RSAPrivateKey} into a PKCS#8 {@code PrivateKeyInfo}.
	 * @param pkcs1 the PKCS#1 DER bytes
	 * @return the PKCS#8 DER bytes
	 */
	static byte[] pkcs1PrivateKeyToPkcs8(byte[] pkcs1) {
		return sequence(VERSION_ZERO, RSA_ALGORITHM, tagged(0x04, pkcs1));
	}

	/**
	 * Wrap a PKCS#1 {@code RSAPublicKey} into an X.509 {@code SubjectPublicKeyInfo}.
	 * @param pkcs1 the PKCS#1 DER bytes
	 * @return the X.509 DER bytes
	 */
	static byte[] pkcs1PublicKeyToX509(byte[] pkcs1) {
		byte[] bitString = new byte[pkcs1.length + 1];
		System.arraycopy(pkcs1, 0, bitString, 1, pkcs1.length);
		return sequence(RSA_ALGORITHM, tagged(0x03, bitString));
	}

	private static byte[] sequence(byte[]... parts) {
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			content.writeBytes(part);
		}
		return tagged(0x30, content.toByteArray());
	}

	private static byte[] tagged(int tag, byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(tag);
		int length = content.length;
		if (length < 0x80) {
			out.write(length);
		}
		else {
			int bytes = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
			out.write(0x80 | bytes);
			for (int i = bytes - 1; i >= 0; i--) {
				out.write(length >>> (8 * i));
			}
		}
		out.writeBytes(content);
		return out.toByteArray();
	}

}

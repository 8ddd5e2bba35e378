package dev.victor.client.auth;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Reads the RSA keys Victor's client-signed JWTs need from PEM text, and checks them.
 * Accepts PKCS#8 ({@code BEGIN PRIVATE KEY}) and PKCS#1 ({@code BEGIN RSA PRIVATE KEY})
 * private keys, and X.509, PKCS#1 or certificate public keys, with LF or CRLF line
 * endings. Error messages name the problem, never the key material.
 *
 * @since 0.1.0
 */
public final class RsaKeys {

	/** Smallest RSA modulus accepted, in bits. */
	public static final int MIN_KEY_SIZE = 2048;

	private static final Set<String> PUBLIC_LABELS = Set.of("PUBLIC KEY", "RSA PUBLIC KEY", "CERTIFICATE");

	private static final List<String> OTHER_ALGORITHMS = List.of("EC", "Ed25519", "Ed448", "DSA", "X25519");

	private RsaKeys() {
	}

	/**
	 * Read an RSA private key of at least {@value #MIN_KEY_SIZE} bits from PEM text.
	 * @param pem the PEM text
	 * @return the private key
	 * @throws InvalidKeyMaterialException if the text holds no usable RSA private key
	 */
	public static RSAPrivateKey parsePrivateKey(String pem) {
		List<PemBlock> blocks = PemBlock.parseAll(pem);
		PemBlock block = blocks.stream()
			.filter((candidate) -> candidate.label().endsWith("PRIVATE KEY"))
			.findFirst()
			.orElseThrow(() -> notAPrivateKey(blocks.get(0).label()));
		RSAPrivateKey key = switch (block.label()) {
			case "PRIVATE KEY" -> pkcs8(block.der());
			case "RSA PRIVATE KEY" -> rsaPrivate(Der.pkcs1PrivateKeyToPkcs8(block.der()), "PKCS#1");
			case "ENCRYPTED PRIVATE KEY" -> throw new InvalidKeyMaterialException(
					"the private key is encrypted; provide it unencrypted as PKCS#8 or PKCS#1 PEM");
			default -> throw new InvalidKeyMaterialException(
					"the PEM holds a '" + block.label() + "', not an RSA private key");
		};
		return requireMinimumSize(key);
	}

	/**
	 * Read an RSA public key from PEM text: {@code PUBLIC KEY}, {@code RSA PUBLIC KEY} or
	 * {@code CERTIFICATE}.
	 * @param pem the PEM text
	 * @return the public key
	 * @throws InvalidKeyMaterialException if the text holds no RSA public key
	 */
	public static RSAPublicKey parsePublicKey(String pem) {
		PemBlock block = PemBlock.parseAll(pem).get(0);
		try {
			Object key = switch (block.label()) {
				case "PUBLIC KEY" -> KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(block.der()));
				case "RSA PUBLIC KEY" -> KeyFactory.getInstance("RSA")
					.generatePublic(new X509EncodedKeySpec(Der.pkcs1PublicKeyToX509(block.der())));
				case "CERTIFICATE" -> CertificateFactory.getInstance("X.509")
					.generateCertificate(new ByteArrayInputStream(block.der()))
					.getPublicKey();
				default -> null;
			};
			if (key instanceof RSAPublicKey rsa) {
				return rsa;
			}
		}
		catch (GeneralSecurityException ex) {
			throw new InvalidKeyMaterialException("the PEM '" + block.label() + "' is malformed or not RSA", ex);
		}
		throw new InvalidKeyMaterialException("the PEM holds a '" + block.label() + "', not an RSA public key");
	}

	/**
	 * Check that a public key is the partner of a private key.
	 * @param privateKey the private key
	 * @param publicKey the public key
	 * @throws InvalidKeyMaterialException if they are not one pair
	 */
	public static void requireMatchingPair(RSAPrivateKey privateKey, RSAPublicKey publicKey) {
		boolean sameModulus = privateKey.getModulus().equals(publicKey.getModulus());
		boolean sameExponent = !(privateKey instanceof RSAPrivateCrtKey crt)
				|| crt.getPublicExponent().equals(publicKey.getPublicExponent());
		if (!sameModulus || !sameExponent) {
			throw new InvalidKeyMaterialException("the public key does not belong to the private key");
		}
	}

	private static RSAPrivateKey pkcs8(byte[] der) {
		try {
			return rsaPrivate(der, "PKCS#8");
		}
		catch (InvalidKeyMaterialException ex) {
			String algorithm = otherAlgorithm(der);
			if (algorithm != null) {
				throw new InvalidKeyMaterialException(
						"the private key is an " + algorithm + " key; Victor's RS512 tokens need an RSA key");
			}
			throw ex;
		}
	}

	private static RSAPrivateKey rsaPrivate(byte[] pkcs8, String format) {
		try {
			return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
		}
		catch (GeneralSecurityException | ClassCastException ex) {
			throw new InvalidKeyMaterialException("the " + format + " private key is malformed or not RSA", ex);
		}
	}

	private static @Nullable String otherAlgorithm(byte[] pkcs8) {
		for (String algorithm : OTHER_ALGORITHMS) {
			try {
				PrivateKey key = KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
				return key.getAlgorithm();
			}
			catch (GeneralSecurityException | RuntimeException ex) {
				// not this algorithm either
			}
		}
		return null;
	}

	private static RSAPrivateKey requireMinimumSize(RSAPrivateKey key) {
		int bits = key.getModulus().bitLength();
		if (bits < MIN_KEY_SIZE) {
			throw new InvalidKeyMaterialException(
					"the RSA key has " + bits + " bits; at least " + MIN_KEY_SIZE + " are required");
		}
		return key;
	}

	private static InvalidKeyMaterialException notAPrivateKey(String label) {
		if (PUBLIC_LABELS.contains(label)) {
			return new InvalidKeyMaterialException("the PEM holds a '" + label
					+ "', which is public: the client needs the RSA private key that signs tokens");
		}
		return new InvalidKeyMaterialException("the PEM holds a '" + label + "', not an RSA private key");
	}

}

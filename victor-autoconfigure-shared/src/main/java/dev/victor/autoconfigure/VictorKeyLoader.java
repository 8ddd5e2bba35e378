package dev.victor.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.function.Function;

import dev.victor.client.auth.InvalidKeyMaterialException;
import dev.victor.client.auth.RsaKeys;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

/**
 * Loads the RSA keys named by {@code victor.private-key-path},
 * {@code victor.private-key-pem} and {@code victor.public-key-path}, once, at startup.
 * Every failure names the property (and the path, never the key) in a
 * {@link VictorConfigurationException}.
 *
 * @since 0.1.0
 */
final class VictorKeyLoader {

	private static final String PRIVATE_KEY_PATH = "victor.private-key-path";

	private static final String PRIVATE_KEY_PEM = "victor.private-key-pem";

	private static final String PUBLIC_KEY_PATH = "victor.public-key-path";

	private static final String KEY_FORMATS = "an unencrypted RSA private key of at least 2048 bits in PEM, "
			+ "either PKCS#8 ('-----BEGIN PRIVATE KEY-----') or PKCS#1 ('-----BEGIN RSA PRIVATE KEY-----')";

	private final ResourceLoader resourceLoader;

	VictorKeyLoader(ResourceLoader resourceLoader) {
		this.resourceLoader = resourceLoader;
	}

	/**
	 * Load the private key, and prove it matches the public key when one is configured.
	 * @param properties the bound properties
	 * @return the private key
	 */
	RSAPrivateKey loadPrivateKey(VictorProperties properties) {
		RSAPrivateKey privateKey = readPrivateKey(properties);
		if (StringUtils.hasText(properties.getPublicKeyPath())) {
			String location = properties.getPublicKeyPath();
			RSAPublicKey publicKey = parse(PUBLIC_KEY_PATH, "'" + location + "'", read(PUBLIC_KEY_PATH, location),
					RsaKeys::parsePublicKey, "Point " + PUBLIC_KEY_PATH + " at the RSA public key (or certificate) "
							+ "registered with Victor, in PEM.");
			try {
				RsaKeys.requireMatchingPair(privateKey, publicKey);
			}
			catch (InvalidKeyMaterialException ex) {
				throw new VictorConfigurationException(PUBLIC_KEY_PATH,
						"('" + location + "') does not match the configured private key",
						"Use the private key whose public part was registered with Victor for this API key, "
								+ "or correct " + PUBLIC_KEY_PATH + ".");
			}
		}
		return privateKey;
	}

	private RSAPrivateKey readPrivateKey(VictorProperties properties) {
		String pem = properties.getPrivateKeyPem();
		String location = properties.getPrivateKeyPath();
		boolean hasPem = StringUtils.hasText(pem);
		boolean hasPath = StringUtils.hasText(location);
		if (hasPem && hasPath) {
			throw new VictorConfigurationException(PRIVATE_KEY_PATH, "and " + PRIVATE_KEY_PEM + " are both set",
					"Set only one of them: the key file's location, or the PEM text itself.");
		}
		if (pem != null && hasPem) {
			return parse(PRIVATE_KEY_PEM, "", pem, RsaKeys::parsePrivateKey,
					"Set " + PRIVATE_KEY_PEM + " to " + KEY_FORMATS + ".");
		}
		if (location != null && hasPath) {
			return parse(PRIVATE_KEY_PATH, "'" + location + "'", read(PRIVATE_KEY_PATH, location),
					RsaKeys::parsePrivateKey, "Point " + PRIVATE_KEY_PATH + " at " + KEY_FORMATS + ".");
		}
		throw new VictorConfigurationException(PRIVATE_KEY_PATH,
				"is required in JWT mode (neither it nor " + PRIVATE_KEY_PEM + " is set)",
				"Set " + PRIVATE_KEY_PATH + " to the location of the RSA private key registered with Victor "
						+ "(for example 'file:/run/secrets/victor.pem'), or " + PRIVATE_KEY_PEM
						+ " to its PEM text; or use victor.auth.mode=oauth.");
	}

	private String read(String property, String location) {
		Resource resource = this.resourceLoader.getResource(location);
		if (!resource.exists()) {
			throw new VictorConfigurationException(property, "points to '" + location + "', which does not exist",
					"Check the path and its prefix ('file:' for the file system, 'classpath:' for the class path).");
		}
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new VictorConfigurationException(property,
					"points to '" + location + "', which cannot be read (" + ex.getClass().getSimpleName() + ")",
					"Make the file readable by the application's user.");
		}
	}

	private static <K> K parse(String property, String location, String pem, Function<String, K> parser,
			String action) {
		try {
			return parser.apply(pem);
		}
		catch (InvalidKeyMaterialException ex) {
			String where = location.isEmpty() ? "" : "(" + location + ") ";
			throw new VictorConfigurationException(property, where + "is not usable: " + ex.getMessage(), action);
		}
	}

}

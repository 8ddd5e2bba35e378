package dev.victor.test;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A throw-away API key and RSA key pair, generated in memory, for a client and a
 * {@link MockVictorServer} to share. Nothing is written to disk; {@link #toString()}
 * shows no secret.
 *
 * @since 0.1.0
 */
public final class MockVictorCredentials {

	private final String apiKey;

	private final KeyPair keyPair;

	private final String clientSecret = "secret-" + UUID.randomUUID();

	private MockVictorCredentials(String apiKey, KeyPair keyPair) {
		this.apiKey = apiKey;
		this.keyPair = keyPair;
	}

	/**
	 * Generate a random API key and a 2048-bit RSA key pair.
	 * @return new credentials
	 */
	public static MockVictorCredentials generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return new MockVictorCredentials(UUID.randomUUID().toString(), generator.generateKeyPair());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("RSA key generation is not available", ex);
		}
	}

	/**
	 * Return the API key.
	 * @return the API key, for {@code victor.api-key}
	 */
	public String apiKey() {
		return this.apiKey;
	}

	/**
	 * Return the private key.
	 * @return the RSA private key
	 */
	public RSAPrivateKey privateKey() {
		return (RSAPrivateKey) this.keyPair.getPrivate();
	}

	/**
	 * Return the public key the mock verifies tokens with.
	 * @return the RSA public key
	 */
	public RSAPublicKey publicKey() {
		return (RSAPublicKey) this.keyPair.getPublic();
	}

	/**
	 * Return the private key as PKCS#8 PEM text.
	 * @return the PEM, for {@code victor.private-key-pem}
	 */
	public String privateKeyPem() {
		String body = Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(privateKey().getEncoded());
		return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
	}

	/**
	 * Start a mock server that accepts these credentials (as a JWT key, and as an OAuth
	 * client whose ID is the API key and whose secret is {@link #clientSecret()}).
	 * @return the running server
	 */
	public MockVictorServer startServer() {
		return MockVictorServer.builder()
			.apiKey(this.apiKey)
			.publicKey(publicKey())
			.oauthClient(this.apiKey, clientSecret())
			.start();
	}

	/**
	 * Return the OAuth client secret of these credentials (the client ID is the API key).
	 * @return the client secret, for {@code victor.auth.client-secret}
	 */
	public String clientSecret() {
		return this.clientSecret;
	}

	/**
	 * Return the {@code victor.*} properties that point a client at a mock server with
	 * these credentials. They win over the application's own Victor credentials (which
	 * tests should not need): its key path and public key path are blanked, its mode
	 * overridden.
	 * @param server the running mock
	 * @param oauth whether to authenticate with OAuth client credentials instead of a JWT
	 * @return the properties
	 */
	public Map<String, Object> clientProperties(MockVictorServer server, boolean oauth) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("victor.base-url", server.baseUrl().toString());
		properties.put("victor.private-key-path", "");
		properties.put("victor.public-key-path", "");
		if (oauth) {
			properties.put("victor.auth.mode", "oauth");
			properties.put("victor.auth.client-id", this.apiKey);
			properties.put("victor.auth.client-secret", this.clientSecret);
		}
		else {
			properties.put("victor.auth.mode", "jwt");
			properties.put("victor.api-key", this.apiKey);
			properties.put("victor.private-key-pem", privateKeyPem());
		}
		return properties;
	}

	@Override
	public String toString() {
		return "MockVictorCredentials[<redacted>]";
	}

}

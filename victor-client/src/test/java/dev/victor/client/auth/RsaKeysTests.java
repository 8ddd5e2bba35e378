package dev.victor.client.auth;

import java.security.KeyPair;

import dev.victor.testsupport.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RsaKeysTests {

	@ParameterizedTest
	@ValueSource(ints = { 2048, 3072, 4096 })
	void readsPkcs8AndPkcs1KeysOfEverySupportedSize(int bits) {
		KeyPair pair = TestKeys.rsa(bits, "matrix");
		assertThat(RsaKeys.parsePrivateKey(TestKeys.pkcs8Pem(pair))).isEqualTo(pair.getPrivate());
		assertThat(RsaKeys.parsePrivateKey(TestKeys.pkcs1Pem(pair)).getModulus())
			.isEqualTo(TestKeys.privateKey(pair).getModulus());
	}

	@Test
	void toleratesCrlfLineEndingsAndSurroundingText() {
		KeyPair pair = TestKeys.rsa2048();
		String crlf = "Bag Attributes: exported\r\n" + TestKeys.pkcs1Pem(pair).replace("\n", "\r\n");
		assertThat(RsaKeys.parsePrivateKey(crlf).getModulus()).isEqualTo(TestKeys.privateKey(pair).getModulus());
	}

	@Test
	void picksThePrivateKeyOutOfAFileThatAlsoHoldsThePublicKey() {
		KeyPair pair = TestKeys.rsa2048();
		String both = TestKeys.publicPem(pair) + TestKeys.pkcs8Pem(pair);
		assertThat(RsaKeys.parsePrivateKey(both)).isEqualTo(pair.getPrivate());
	}

	@Test
	void rejectsRsaKeysUnder2048Bits() {
		KeyPair small = TestKeys.generate("RSA", 1024);
		assertThatExceptionOfType(InvalidKeyMaterialException.class)
			.isThrownBy(() -> RsaKeys.parsePrivateKey(TestKeys.pkcs8Pem(small)))
			.withMessage("the RSA key has 1024 bits; at least 2048 are required");
	}

	@Test
	void rejectsAnEcKeyNamingItsAlgorithm() {
		KeyPair ec = TestKeys.generate("EC", 256);
		assertThatExceptionOfType(InvalidKeyMaterialException.class)
			.isThrownBy(() -> RsaKeys.parsePrivateKey(TestKeys.pkcs8Pem(ec)))
			.withMessageContaining("EC key")
			.withMessageContaining("need an RSA key");
	}

	@Test
	void rejectsAPublicKeyOrCertificateInsteadOfThePrivateKey() {
		assertThatExceptionOfType(InvalidKeyMaterialException.class)
			.isThrownBy(() -> RsaKeys.parsePrivateKey(TestKeys.publicPem(TestKeys.rsa2048())))
			.withMessageContaining("'PUBLIC KEY', which is public");
		assertThatExceptionOfType(InvalidKeyMaterialException.class)
			.isThrownBy(() -> RsaKeys.parsePrivateKey(TestKeys.pem("CERTIFICATE", new byte[] { 1, 2, 3 })))
			.withMessageContaining("'CERTIFICATE', which is public");
	}

	@Test
	void rejectsGarbageAndMalformedKeysWithoutEchoingThem() {
		assertThatExceptionOfType(InvalidKeyMaterialException.class)
			.isThrownBy(() -> RsaKeys.parsePrivateKey("not a key at all"))
			.withMessageStartingWith("no PEM block found")
			.withMessageNotContaining("not a key at all");
		assertThatExceptionOfType(InvalidKeyMaterialException.class)
			.isThrownBy(() -> RsaKeys.parsePrivateKey(TestKeys.pem("PRIVATE KEY", new byte[] { 48, 3, 2, 1, 0 })))
			.withMessage("the PKCS#8 private key is malformed or not RSA");
		assertThatExceptionOfType(InvalidKeyMaterialException.class)
			.isThrownBy(() -> RsaKeys.parsePrivateKey(TestKeys.pem("ENCRYPTED PRIVATE KEY", new byte[] { 1 })))
			.withMessageContaining("encrypted");
	}

	@Test
	void readsPublicKeysAndProvesThePairMatches() {
		KeyPair pair = TestKeys.rsa2048();
		KeyPair other = TestKeys.rsa(2048, "other");
		RsaKeys.requireMatchingPair(TestKeys.privateKey(pair), RsaKeys.parsePublicKey(TestKeys.publicPem(pair)));
		assertThatExceptionOfType(InvalidKeyMaterialException.class)
			.isThrownBy(() -> RsaKeys.requireMatchingPair(TestKeys.privateKey(pair),
					RsaKeys.parsePublicKey(TestKeys.publicPem(other))))
			.withMessage("the public key does not belong to the private key");
	}

}

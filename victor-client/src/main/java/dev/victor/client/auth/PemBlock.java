package dev.victor.client.auth;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code -----BEGIN label-----} ... {@code -----END label-----} block of a PEM text.
 * Line endings (LF or CRLF) and surrounding text are tolerated.
 *
 * @param label the block label, for example {@code PRIVATE KEY}
 * @param der the decoded content
 */
record PemBlock(String label, byte[] der) {

	private static final Pattern BLOCK = Pattern
		.compile("-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*?)-----END \\1-----");

	/**
	 * Read every block of a PEM text.
	 * @param pem the text
	 * @return the blocks in order, never empty
	 * @throws InvalidKeyMaterialException if the text holds no well-formed block
	 */
	static List<PemBlock> parseAll(String pem) {
		List<PemBlock> blocks = new ArrayList<>();
		Matcher matcher = BLOCK.matcher((pem != null) ? pem : "");
		while (matcher.find()) {
			String base64 = matcher.group(2).replaceAll("\\s", "");
			try {
				blocks.add(new PemBlock(matcher.group(1), Base64.getDecoder().decode(base64)));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidKeyMaterialException("the PEM block '" + matcher.group(1) + "' is not valid base64");
			}
		}
		if (blocks.isEmpty()) {
			throw new InvalidKeyMaterialException(
					"no PEM block found: expected text between '-----BEGIN PRIVATE KEY-----' (PKCS#8) or "
							+ "'-----BEGIN RSA PRIVATE KEY-----' (PKCS#1) and the matching END line");
		}
		return blocks;
	}

}

package dev.victor.testsupport;

import java.nio.charset.StandardCharsets;

import dev.victor.client.json.VictorJson;
import dev.victor.client.json.VictorJsonCodec;

/**
 * Reads JSON as plain Java values with Victor's codec, to compare request bodies with
 * what a test expects regardless of property order or white space.
 */
public final class JsonTrees {

	private static final VictorJsonCodec JSON = VictorJson.codec();

	private JsonTrees() {
	}

	/**
	 * Read JSON text as maps, lists and scalars.
	 * @param json the text
	 * @return the value
	 */
	public static Object tree(String json) {
		return JSON.readTree(json.getBytes(StandardCharsets.UTF_8));
	}

}

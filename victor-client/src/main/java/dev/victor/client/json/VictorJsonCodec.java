package dev.victor.client.json;

import org.springframework.http.codec.ClientCodecConfigurer;

/**
 * Victor's wire format: how models become JSON and back, the same bytes whichever Jackson
 * is underneath. {@link VictorJson#codec()} picks Jackson 3 where it and Spring Framework
 * 7 are present (Spring Boot 4), Jackson 2 otherwise (Spring Boot 3.5). A codec is
 * independent of any application-wide mapper, so an application's Jackson settings never
 * change what is sent to Victor.
 *
 * @since 0.1.0
 */
public interface VictorJsonCodec {

	/**
	 * Return which Jackson this codec runs on.
	 * @return {@code jackson2} or {@code jackson3}
	 */
	String name();

	/**
	 * Make a {@code WebClient} encode and decode JSON with this codec.
	 * @param codecs the client's codec configurer
	 */
	void registerWith(ClientCodecConfigurer codecs);

	/**
	 * Write a value as Victor JSON.
	 * @param value the value
	 * @return the UTF-8 bytes
	 * @throws IllegalArgumentException if the value cannot be written
	 */
	byte[] write(Object value);

	/**
	 * Read Victor JSON as a value of the given type.
	 * @param <T> the type
	 * @param json the UTF-8 bytes
	 * @param type the type to read
	 * @return the value
	 * @throws IllegalArgumentException if the bytes are not JSON of that type
	 */
	<T> T read(byte[] json, Class<T> type);

	/**
	 * Read JSON as plain Java values: {@code Map}, {@code List}, {@code String},
	 * {@code Number}, {@code Boolean} or {@code null}.
	 * @param json the UTF-8 bytes
	 * @return the value
	 * @throws IllegalArgumentException if the bytes are not JSON
	 */
	Object readTree(byte[] json);

}

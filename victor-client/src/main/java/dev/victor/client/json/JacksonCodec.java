package dev.victor.client.json;

/**
 * What both Jackson codecs share: warming the model (de)serializers up front and turning
 * either Jackson's failures into {@link IllegalArgumentException}s. Subclasses only
 * configure their mapper and call it.
 */
abstract class JacksonCodec implements VictorJsonCodec {

	/**
	 * Build the (de)serializers of the core models now: Jackson builds them under a lock
	 * on first use, which would otherwise be taken, and possibly contended, on a Netty
	 * event loop. Call from the subclass constructor, once its mapper exists.
	 */
	protected final void warmUp() {
		for (Class<?> type : VictorJson.warmTypes()) {
			prepare(type);
		}
		readTree("{}".getBytes());
	}

	@Override
	public final byte[] write(Object value) {
		try {
			return writeBytes(value);
		}
		catch (Exception ex) {
			throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " as Victor JSON",
					ex);
		}
	}

	@Override
	public final <T> T read(byte[] json, Class<T> type) {
		try {
			return readBytes(json, type);
		}
		catch (Exception ex) {
			throw new IllegalArgumentException("Not Victor JSON for " + type.getSimpleName(), ex);
		}
	}

	@Override
	public final Object readTree(byte[] json) {
		return read(json, Object.class);
	}

	/**
	 * Build the reader and writer of a type.
	 * @param type the type
	 */
	protected abstract void prepare(Class<?> type);

	/**
	 * Write with the mapper.
	 * @param value the value
	 * @return the bytes
	 * @throws Exception whatever the mapper throws
	 */
	protected abstract byte[] writeBytes(Object value) throws Exception;

	/**
	 * Read with the mapper.
	 * @param <T> the type
	 * @param json the bytes
	 * @param type the type
	 * @return the value
	 * @throws Exception whatever the mapper throws
	 */
	protected abstract <T> T readBytes(byte[] json, Class<T> type) throws Exception;

}

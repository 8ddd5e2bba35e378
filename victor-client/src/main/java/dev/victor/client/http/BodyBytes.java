package dev.victor.client.http;

import java.util.Arrays;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

/**
 * A response body copied to the heap as its buffers arrive, each buffer released at once,
 * up to a limit: past it the rest is released unread and the body is marked as
 * overflowed. A body that arrives in one buffer is copied once. Buffers that arrive after
 * the read was cancelled never reach {@link #append}: the reader must release discarded
 * buffers.
 */
final class BodyBytes {

	private static final byte[] EMPTY = new byte[0];

	private final int limit;

	private byte[] bytes = EMPTY;

	private int length;

	private boolean overflowed;

	BodyBytes(int limit) {
		this.limit = limit;
	}

	void append(DataBuffer buffer) {
		try {
			int count = buffer.readableByteCount();
			if (this.overflowed || count > this.limit - this.length) {
				this.overflowed = true;
				return;
			}
			if (this.length + count > this.bytes.length) {
				int capacity = Math.min(this.limit, Math.max(this.length + count, this.bytes.length * 2));
				this.bytes = Arrays.copyOf(this.bytes, capacity);
			}
			buffer.read(this.bytes, this.length, count);
			this.length += count;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	boolean overflowed() {
		return this.overflowed;
	}

	byte[] toByteArray() {
		return (this.length == this.bytes.length) ? this.bytes : Arrays.copyOf(this.bytes, this.length);
	}

}

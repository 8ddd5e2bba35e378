package dev.victor.testsupport;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * The only blocking call the tests tolerate on non-blocking threads: Jackson takes a
 * {@code ReentrantLock} while it builds and caches a deserializer, once per type. The
 * lock is held for microseconds and never again for that type; the Victor mapper
 * pre-builds its own types, but Spring's codecs may still meet a new type (a generic
 * page) first on an event loop. Everything else stays forbidden.
 */
public class VictorBlockHoundIntegration implements BlockHoundIntegration {

	@Override
	public void applyTo(BlockHound.Builder builder) {
		builder.allowBlockingCallsInside("com.fasterxml.jackson.databind.deser.DeserializerCache",
				"_createAndCacheValueDeserializer");
		builder.allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache",
				"_createAndCacheValueDeserializer");
	}

}

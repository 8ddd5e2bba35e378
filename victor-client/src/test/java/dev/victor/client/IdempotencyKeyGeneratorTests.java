package dev.victor.client;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated keys are distinct version 4 UUIDs, also across the batches of random bytes
 * the generator draws at a time.
 */
class IdempotencyKeyGeneratorTests {

	@Test
	void generatesDistinctVersion4UuidsAcrossManyDraws() {
		IdempotencyKeyGenerator generator = new IdempotencyKeyGenerator();
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String key = generator.generate();
			assertThat(key).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
			UUID uuid = UUID.fromString(key);
			assertThat(uuid.version()).isEqualTo(4);
			assertThat(uuid.variant()).isEqualTo(2);
			keys.add(key);
		}
		assertThat(keys).hasSize(10_000);
	}

}

package dev.victor.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RequestOptionsTests {

	@Test
	void acceptsKeysOfOneTo128PrintableCharacters() {
		assertThat(RequestOptions.builder().idempotencyKey("k").build().idempotencyKey()).contains("k");
		assertThat(RequestOptions.builder().idempotencyKey("x".repeat(128)).build().idempotencyKey()).isPresent();
		assertThat(RequestOptions.none().idempotencyKey()).isEmpty();
	}

	@Test
	void rejectsEmptyOverlongAndNonPrintableKeysNamingTheRule() {
		assertThatIllegalArgumentException().isThrownBy(() -> RequestOptions.builder().idempotencyKey(""))
			.withMessageContaining("must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> RequestOptions.builder().idempotencyKey("x".repeat(129)))
			.withMessage("Idempotency-Key must be at most 128 characters, but has 129");
		assertThatIllegalArgumentException().isThrownBy(() -> RequestOptions.builder().idempotencyKey("a\r\nX-Evil: 1"))
			.withMessageContaining("printable ASCII")
			.withMessageContaining("0xd at index 1");
		assertThatIllegalArgumentException().isThrownBy(() -> RequestOptions.builder().idempotencyKey("clé"));
	}

}

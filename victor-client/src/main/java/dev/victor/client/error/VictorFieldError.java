package dev.victor.client.error;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * One field-level problem: reported by Victor in a {@code ValidationErrors} body, or
 * found by the client's own call-time validation.
 *
 * @param field the JSON field name, for example {@code amount}
 * @param message what is wrong with it
 * @since 0.1.0
 */
public record VictorFieldError(@Nullable String field, @Nullable String message) implements Serializable {

	@Override
	public String toString() {
		return this.field + ": " + this.message;
	}

}

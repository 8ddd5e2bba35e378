package dev.victor.client.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.victor.client.error.VictorFieldError;
import dev.victor.client.error.VictorValidationException;

/**
 * Collects constraint violations of one request, named by their JSON fields, and throws
 * them together.
 */
final class Constraints {

	private final String requestType;

	private final List<VictorFieldError> violations = new ArrayList<>();

	private Constraints(String requestType) {
		this.requestType = requestType;
	}

	static Constraints of(Object request) {
		return new Constraints(request.getClass().getSimpleName());
	}

	Constraints required(String field, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			violate(field, "is required");
		}
		return this;
	}

	Constraints known(String field, WireEnum value) {
		required(field, value);
		if (value instanceof Enum<?> constant && constant.name().equals("UNKNOWN")) {
			violate(field, "must be a value Victor documents, not UNKNOWN");
		}
		return this;
	}

	Constraints maxLength(String field, String value, int max) {
		if (value != null && value.length() > max) {
			violate(field, "must be at most " + max + " characters but has " + value.length());
		}
		return this;
	}

	Constraints amount(String field, BigDecimal value) {
		required(field, value);
		if (value != null && value.signum() <= 0) {
			violate(field, "must be greater than 0");
		}
		else if (value != null && value.stripTrailingZeros().scale() > 2) {
			violate(field, "must have at most 2 decimals");
		}
		return this;
	}

	Constraints digits(String field, String value, int count) {
		if (value != null && !value.matches("\\d{" + count + "}")) {
			violate(field, "must be exactly " + count + " digits");
		}
		return this;
	}

	Constraints requiredWith(String field, Object value, String otherField, Object other) {
		if (other != null && value == null) {
			violate(field, "is required when " + otherField + " is set");
		}
		return this;
	}

	void validate() {
		if (!this.violations.isEmpty()) {
			throw new VictorValidationException(this.requestType, this.violations);
		}
	}

	private void violate(String field, String message) {
		this.violations.add(new VictorFieldError(field, message));
	}

}

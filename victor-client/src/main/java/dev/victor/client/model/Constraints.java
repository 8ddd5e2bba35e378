package dev.victor.client.model;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

import dev.victor.client.error.VictorFieldError;
import dev.victor.client.error.VictorValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Collects constraint violations of one request, named by their JSON fields (dotted for
 * nested objects, for example {@code payee.routing_number}), and throws them together.
 */
final class Constraints {

	private final String requestType;

	private final String prefix;

	private final List<VictorFieldError> violations;

	private Constraints(String requestType, String prefix, List<VictorFieldError> violations) {
		this.requestType = requestType;
		this.prefix = prefix;
		this.violations = violations;
	}

	static Constraints of(Object request) {
		return new Constraints(request.getClass().getSimpleName(), "", new ArrayList<>());
	}

	Constraints required(String field, @Nullable Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			violate(field, "is required");
		}
		return this;
	}

	Constraints known(String field, @Nullable WireEnum value) {
		required(field, value);
		if (value instanceof Enum<?> constant && constant.name().equals("UNKNOWN")) {
			violate(field, "must be a value Victor documents, not UNKNOWN");
		}
		return this;
	}

	Constraints oneOf(String field, @Nullable WireEnum value, WireEnum... allowed) {
		if (value != null && !Arrays.asList(allowed).contains(value)) {
			violate(field, "must be one of " + Arrays.stream(allowed).map(WireEnum::wireValue).toList());
		}
		return this;
	}

	Constraints anyOf(String fields, @Nullable Object... values) {
		if (Arrays.stream(values).allMatch(Objects::isNull)) {
			violate(fields, "at least one must be set");
		}
		return this;
	}

	Constraints maxLength(String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			violate(field, "must be at most " + max + " characters but has " + value.length());
		}
		return this;
	}

	Constraints amount(String field, @Nullable BigDecimal value) {
		required(field, value);
		if (value != null && value.signum() <= 0) {
			violate(field, "must be greater than 0");
		}
		else {
			cents(field, value);
		}
		return this;
	}

	Constraints balance(String field, @Nullable BigDecimal value) {
		required(field, value);
		if (value != null && value.signum() < 0) {
			violate(field, "must not be negative");
		}
		else {
			cents(field, value);
		}
		return this;
	}

	Constraints routingNumber(String field, @Nullable String value) {
		if (value != null && !RoutingNumbers.isValid(value)) {
			violate(field, RoutingNumbers.VIOLATION);
		}
		return this;
	}

	Constraints counterpartyInstructions(@Nullable CounterpartyAchInfo ach, @Nullable CounterpartyWireInfo wire,
			@Nullable CounterpartyRtpInfo rtp) {
		return optional("counterparty_ach_info", ach,
				(c, info) -> c.routingNumber("routing_number", info.routingNumber()))
			.optional("counterparty_wire_info", wire,
					(c, info) -> c.routingNumber("routing_number", info.routingNumber()))
			.optional("counterparty_rtp_info", rtp,
					(c, info) -> c.routingNumber("routing_number", info.routingNumber()));
	}

	Constraints httpsUrl(String field, @Nullable String value) {
		if (value != null && !value.isBlank() && !isAbsoluteHttps(value)) {
			violate(field, "must be an absolute https URL");
		}
		return this;
	}

	Constraints notBefore(String field, @Nullable LocalDate value, String otherField, @Nullable LocalDate other) {
		if (value != null && other != null && value.isBefore(other)) {
			violate(field, "must not be before " + otherField);
		}
		return this;
	}

	Constraints requiredWith(String field, @Nullable Object value, String otherField, @Nullable Object other) {
		if (other != null && value == null) {
			violate(field, "is required when " + otherField + " is set");
		}
		return this;
	}

	/**
	 * Require a nested object and check it with {@code rules}, whose fields are reported
	 * under {@code field.}.
	 */
	<T> Constraints nested(String field, @Nullable T value, BiConsumer<Constraints, T> rules) {
		required(field, value);
		return optional(field, value, rules);
	}

	/**
	 * Check a nested object with {@code rules} when it is present.
	 */
	<T> Constraints optional(String field, @Nullable T value, BiConsumer<Constraints, T> rules) {
		if (value != null) {
			rules.accept(new Constraints(this.requestType, this.prefix + field + ".", this.violations), value);
		}
		return this;
	}

	void validate() {
		if (!this.violations.isEmpty()) {
			throw new VictorValidationException(this.requestType, this.violations);
		}
	}

	private void cents(String field, @Nullable BigDecimal value) {
		if (value != null && !Money.isWholeCents(value)) {
			violate(field, "must have at most 2 decimals");
		}
		else if (value != null && value.compareTo(Money.MAX_AMOUNT) > 0) {
			violate(field, "must be at most " + Money.MAX_AMOUNT.toPlainString());
		}
	}

	private void violate(String field, String message) {
		this.violations.add(new VictorFieldError(this.prefix + field, message));
	}

	private static boolean isAbsoluteHttps(String value) {
		try {
			URI uri = new URI(value);
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
		}
		catch (Exception ex) {
			return false;
		}
	}

}

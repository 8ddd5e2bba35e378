package dev.victor.client.model;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

import dev.victor.client.error.VictorFieldError;
import dev.victor.client.error.VictorValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Collects constraint violations of one request, named by their JSON fields (dotted for
 * nested objects, for example {@code payee.routing_number}), and throws them together.
 * The {@link Rule rules a record declares on its components} are checked first, in
 * component order; each record type is reflected on once.
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

	private static final ClassValue<List<BiConsumer<Constraints, Record>>> DECLARED = new ClassValue<>() {

		@Override
		protected List<BiConsumer<Constraints, Record>> computeValue(Class<?> type) {
			List<BiConsumer<Constraints, Record>> checks = new ArrayList<>();
			for (RecordValues.Component component : RecordValues.of(type)) {
				declaredRules(component).forEach((rule) -> checks
					.add((constraints, record) -> rule.accept(constraints, component.valueOf(record))));
			}
			return List.copyOf(checks);
		}

	};

	/**
	 * Start checking a request with the rules its record type declares.
	 * @param request the request
	 * @return the constraints, to add the request's rules across components to
	 */
	static Constraints of(Object request) {
		Constraints constraints = new Constraints(request.getClass().getSimpleName(), "", new ArrayList<>());
		return (request instanceof Record record) ? constraints.declared(record) : constraints;
	}

	private Constraints declared(Record record) {
		DECLARED.get(record.getClass()).forEach((check) -> check.accept(this, record));
		return this;
	}

	private static List<BiConsumer<Constraints, @Nullable Object>> declaredRules(RecordValues.Component component) {
		String field = component.jsonName();
		List<BiConsumer<Constraints, @Nullable Object>> rules = new ArrayList<>();
		if (component.annotation(Rule.Required.class) != null) {
			rules.add((c, value) -> c.required(field, value));
		}
		Rule.MaxLength maxLength = component.annotation(Rule.MaxLength.class);
		if (maxLength != null) {
			rules.add(typed(component, String.class, (c, text) -> c.maxLength(field, text, maxLength.value())));
		}
		if (component.annotation(Rule.Amount.class) != null) {
			rules.add(typed(component, BigDecimal.class, (c, amount) -> c.dollars(field, amount, false)));
		}
		if (component.annotation(Rule.Balance.class) != null) {
			rules.add(typed(component, BigDecimal.class, (c, balance) -> c.dollars(field, balance, true)));
		}
		if (component.annotation(Rule.Known.class) != null) {
			rules.add(typed(component, WireEnum.class, (c, constant) -> c.known(field, constant)));
		}
		if (component.annotation(Rule.RoutingNumber.class) != null) {
			rules.add(typed(component, String.class, (c, number) -> c.routingNumber(field, number)));
		}
		if (component.annotation(Rule.HttpsUrl.class) != null) {
			rules.add(typed(component, String.class, (c, url) -> c.httpsUrl(field, url)));
		}
		if (component.annotation(Rule.Nested.class) != null) {
			rules.add(typed(component, Record.class, (c, nested) -> c.nested(field, nested)));
		}
		return rules;
	}

	/**
	 * Adapt a rule for values of one type, refusing a declaration on a component of
	 * another type when the record type is first checked.
	 */
	private static <T> BiConsumer<Constraints, @Nullable Object> typed(RecordValues.Component component, Class<T> type,
			BiConsumer<Constraints, @Nullable T> rule) {
		if (!type.isAssignableFrom(component.type())) {
			throw new IllegalStateException(component.name() + " is a " + component.type().getSimpleName() + ", not a "
					+ type.getSimpleName() + " its declared rule checks");
		}
		return (constraints, value) -> rule.accept(constraints, type.cast(value));
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

	/**
	 * Require at least one of a record's components to be set, naming them all.
	 */
	Constraints anyComponentSet(Record request) {
		List<RecordValues.Component> components = RecordValues.of(request.getClass());
		if (components.stream().allMatch((component) -> component.valueOf(request) == null)) {
			List<String> fields = components.stream().map(RecordValues.Component::jsonName).toList();
			violate(String.join(", ", fields.subList(0, fields.size() - 1)) + " or " + fields.get(fields.size() - 1),
					"at least one must be set");
		}
		return this;
	}

	Constraints maxLength(String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			violate(field, "must be at most " + max + " characters but has " + value.length());
		}
		return this;
	}

	/**
	 * Require an amount in dollars: greater than zero, or not negative for a balance, in
	 * whole cents and within bounds.
	 */
	private Constraints dollars(String field, @Nullable BigDecimal value, boolean balance) {
		required(field, value);
		if (value != null && value.signum() < (balance ? 0 : 1)) {
			violate(field, balance ? "must not be negative" : "must be greater than 0");
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
	 * Check the rules a nested record declares when it is present, reporting its fields
	 * under {@code field.}.
	 */
	private Constraints nested(String field, @Nullable Record value) {
		if (value != null) {
			new Constraints(this.requestType, this.prefix + field + ".", this.violations).declared(value);
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

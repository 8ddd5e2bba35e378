package dev.victor.client.model;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

	private static final ClassValue<DeclaredRules[]> DECLARED = new ClassValue<>() {

		@Override
		protected DeclaredRules[] computeValue(Class<?> type) {
			return RecordValues.of(type)
				.stream()
				.map(DeclaredRules::of)
				.filter((rules) -> rules.checks.length > 0)
				.toArray(DeclaredRules[]::new);
		}

	};

	private final String requestType;

	private final String prefix;

	private final List<VictorFieldError> violations;

	private Constraints(String requestType, String prefix, List<VictorFieldError> violations) {
		this.requestType = requestType;
		this.prefix = prefix;
		this.violations = violations;
	}

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
		for (DeclaredRules rules : DECLARED.get(record.getClass())) {
			rules.check(this, record);
		}
		return this;
	}

	Constraints oneOf(String field, @Nullable WireEnum value, WireEnum... allowed) {
		if (value != null && !Arrays.asList(allowed).contains(value)) {
			violate(field, "must be one of " + Arrays.stream(allowed).map(WireEnum::wireValue).toList());
		}
		return this;
	}

	/** Require at least one of a record's components to be set, naming them all. */
	Constraints anyComponentSet(Record request) {
		List<RecordValues.Component> components = RecordValues.of(request.getClass());
		if (components.stream().allMatch((component) -> component.valueOf(request) == null)) {
			List<String> fields = components.stream().map(RecordValues.Component::jsonName).toList();
			violate(String.join(", ", fields.subList(0, fields.size() - 1)) + " or " + fields.get(fields.size() - 1),
					"at least one must be set");
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

	void validate() {
		if (!this.violations.isEmpty()) {
			throw new VictorValidationException(this.requestType, this.violations);
		}
	}

	private void violate(String field, @Nullable String message) {
		if (message != null) {
			this.violations.add(new VictorFieldError(this.prefix + field, message));
		}
	}

	/**
	 * The rules one component declares, each checked on its value under its JSON name. A
	 * rule declared on a component of a type it cannot check is refused when the record
	 * type is first checked.
	 */
	private record DeclaredRules(RecordValues.Component component, String field, Check[] checks, int maxLength) {

		static DeclaredRules of(RecordValues.Component component) {
			List<Check> checks = new ArrayList<>();
			for (Check check : Check.values()) {
				if (component.annotation(check.declaration) != null) {
					if (!check.valueType.isAssignableFrom(component.type())) {
						throw new IllegalStateException(component.name() + " is a " + component.type().getSimpleName()
								+ ", not a " + check.valueType.getSimpleName() + " its declared rule checks");
					}
					checks.add(check);
				}
			}
			Rule.MaxLength maxLength = component.annotation(Rule.MaxLength.class);
			return new DeclaredRules(component, component.jsonName(), checks.toArray(new Check[0]),
					(maxLength != null) ? maxLength.value() : 0);
		}

		void check(Constraints constraints, Record record) {
			Object value = this.component.valueOf(record);
			for (Check check : this.checks) {
				if (check == Check.NESTED && value instanceof Record nested) {
					new Constraints(constraints.requestType, constraints.prefix + this.field + ".",
							constraints.violations)
						.declared(nested);
				}
				constraints.violate(this.field, check.problemWith(value, this.maxLength));
			}
		}

	}

	/** Each {@link Rule} declaration: the type of value it checks, and its check. */
	private enum Check {

		REQUIRED(Rule.Required.class, Object.class, true), MAX_LENGTH(Rule.MaxLength.class, String.class, false),
		AMOUNT(Rule.Amount.class, BigDecimal.class, true), BALANCE(Rule.Balance.class, BigDecimal.class, true),
		KNOWN(Rule.Known.class, WireEnum.class, true), ROUTING_NUMBER(Rule.RoutingNumber.class, String.class, false),
		HTTPS_URL(Rule.HttpsUrl.class, String.class, false), NESTED(Rule.Nested.class, Record.class, false);

		private final Class<? extends Annotation> declaration;

		private final Class<?> valueType;

		private final boolean required;

		Check(Class<? extends Annotation> declaration, Class<?> valueType, boolean required) {
			this.declaration = declaration;
			this.valueType = valueType;
			this.required = required;
		}

		/** Return what is wrong with a value (blank text is missing), or {@code null}. */
		@Nullable String problemWith(@Nullable Object value, int maxLength) {
			if (this.required && (value == null || (value instanceof String text && text.isBlank()))) {
				return "is required";
			}
			if (value == null) {
				return null;
			}
			return switch (this) {
				case REQUIRED, NESTED -> null;
				case MAX_LENGTH -> (value.toString().length() > maxLength)
						? "must be at most " + maxLength + " characters but has " + value.toString().length() : null;
				case AMOUNT -> dollars((BigDecimal) value, "must be greater than 0", 1);
				case BALANCE -> dollars((BigDecimal) value, "must not be negative", 0);
				case KNOWN ->
					((Enum<?>) value).name().equals("UNKNOWN") ? "must be a value Victor documents, not UNKNOWN" : null;
				case ROUTING_NUMBER -> RoutingNumbers.isValid((String) value) ? null : RoutingNumbers.VIOLATION;
				case HTTPS_URL -> (((String) value).isBlank() || isAbsoluteHttps((String) value)) ? null
						: "must be an absolute https URL";
			};
		}

		private static @Nullable String dollars(BigDecimal value, String tooSmall, int lowestSignum) {
			if (value.signum() < lowestSignum) {
				return tooSmall;
			}
			if (!Money.isWholeCents(value)) {
				return "must have at most 2 decimals";
			}
			return (value.compareTo(Money.MAX_AMOUNT) > 0) ? "must be at most " + Money.MAX_AMOUNT.toPlainString()
					: null;
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

}

package dev.victor.client.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.victor.client.error.VictorFieldError;
import dev.victor.client.error.VictorValidationException;
import dev.victor.client.json.VictorJson;
import dev.victor.client.json.VictorJsonCodec;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The rules declared on request components: each is reported under the name Victor's JSON
 * codec gives the component, and one declared on a component of the wrong type is refused
 * instead of passing unchecked.
 */
class DeclaredRulesTests {

	@Test
	void everyRuleIsReportedUnderTheComponentsJsonName() throws Exception {
		VictorJsonCodec json = VictorJson.codec();
		List<RecordComponent> declared = modelRecords().flatMap((type) -> Arrays.stream(type.getRecordComponents()))
			.filter(DeclaredRulesTests::declaresARule)
			.toList();
		assertThat(declared).as("components with declared rules").hasSizeGreaterThan(30);
		for (RecordComponent component : declared) {
			Record onlyThisSet = withOnly(component);
			Map<?, ?> written = json.read(json.write(onlyThisSet), Map.class);
			String jsonName = RecordValues.of(component.getDeclaringRecord())
				.stream()
				.filter((candidate) -> candidate.name().equals(component.getName()))
				.findFirst()
				.orElseThrow()
				.jsonName();
			assertThat(written.keySet().stream().map(String::valueOf).toList())
				.as(component.getDeclaringRecord().getSimpleName() + "." + component.getName())
				.contains(jsonName);
		}
	}

	@Test
	void aRequiredComponentLeftOutIsReportedByItsJsonName() {
		assertThatExceptionOfType(VictorValidationException.class)
			.isThrownBy(() -> new SweepRequest(null, "2", BigDecimal.TEN).validate())
			.satisfies((ex) -> assertThat(ex.getViolations()).extracting(VictorFieldError::field)
				.containsExactly("from_account_number"));
	}

	@Test
	void aRuleDeclaredOnAComponentOfTheWrongTypeIsRefusedWhenItsTypeIsFirstChecked() {
		assertThatIllegalStateException().isThrownBy(() -> new Misdeclared("12.00").validate())
			.withMessage("amount is a String, not a BigDecimal its declared rule checks");
	}

	private static boolean declaresARule(RecordComponent component) {
		return Arrays.stream(component.getAnnotations())
			.anyMatch((annotation) -> annotation.annotationType().getEnclosingClass() == Rule.class);
	}

	/** An instance of the component's record with that component set and no other. */
	private static Record withOnly(RecordComponent component) throws ReflectiveOperationException {
		RecordComponent[] components = component.getDeclaringRecord().getRecordComponents();
		Object[] arguments = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			arguments[i] = (components[i].getName().equals(component.getName())) ? sampleOf(components[i].getType())
					: null;
		}
		Constructor<?> canonical = component.getDeclaringRecord()
			.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
		return (Record) canonical.newInstance(arguments);
	}

	private static Object sampleOf(Class<?> type) throws ReflectiveOperationException {
		if (type == String.class) {
			return "x";
		}
		if (type == BigDecimal.class) {
			return BigDecimal.ONE;
		}
		if (type == Long.class) {
			return 1L;
		}
		if (type.isEnum()) {
			return type.getEnumConstants()[0];
		}
		if (type.isRecord()) {
			RecordComponent[] components = type.getRecordComponents();
			return type
				.getDeclaredConstructor(
						Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new))
				.newInstance(new Object[components.length]);
		}
		throw new IllegalArgumentException("No sample of " + type);
	}

	/**
	 * The model's top-level records, read from its classes wherever they are (a jar too).
	 */
	private static Stream<Class<?>> modelRecords() {
		return new ClassFileImporter().importPackages(Rule.class.getPackageName())
			.stream()
			.filter((type) -> type.getPackageName().equals(Rule.class.getPackageName()) && type.isTopLevelClass())
			.<Class<?>>map(JavaClass::reflect)
			.filter(Class::isRecord);
	}

	record Misdeclared(@Rule.Amount @Nullable String amount) implements ValidatedRequest {

	}

}

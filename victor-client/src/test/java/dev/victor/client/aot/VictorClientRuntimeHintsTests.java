package dev.victor.client.aot;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import dev.victor.client.auth.OAuthTokenRequest;
import dev.victor.client.auth.OAuthTokenResponse;
import dev.victor.client.error.VictorErrorBody;
import dev.victor.client.error.VictorTransportException;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.NewAchPaymentRequestBuilder;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.client.model.TransactionStatus;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every model record, enum, builder and exception, found by scanning, is registered for
 * JSON binding and invocation, and the registrar is found where Spring's AOT processing
 * looks for it.
 */
@SuppressWarnings("deprecation")
class VictorClientRuntimeHintsTests {

	private final RuntimeHints hints = new RuntimeHints();

	private final List<Class<?>> types = VictorTypes.scan(getClass().getClassLoader());

	VictorClientRuntimeHintsTests() {
		new VictorClientRuntimeHints().registerHints(this.hints, getClass().getClassLoader());
	}

	@Test
	void springsAotProcessingFindsTheRegistrar() {
		assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)).hasAtLeastOneElementOfType(VictorClientRuntimeHints.class);
	}

	@Test
	void theScanFindsModelsBuildersEnumsExceptionsAndTokenTypes() {
		assertThat(this.types).contains(NewAchPaymentRequest.class, NewAchPaymentRequestBuilder.class,
				TransactionReceipt.class, TransactionStatus.class, VictorTransportException.class,
				VictorErrorBody.class, OAuthTokenRequest.class, OAuthTokenResponse.class);
		assertThat(this.types).filteredOn(Class::isRecord).hasSizeGreaterThan(40);
		assertThat(this.types).filteredOn((type) -> Throwable.class.isAssignableFrom(type)).hasSizeGreaterThan(10);
	}

	@Test
	void everyRecordCanBeCreatedAndReadByJackson() {
		for (Class<?> record : this.types.stream().filter(Class::isRecord).toList()) {
			Class<?>[] parameters = Arrays.stream(record.getRecordComponents())
				.map(RecordComponent::getType)
				.toArray(Class<?>[]::new);
			Constructor<?> canonical = canonical(record, parameters);
			assertThat(RuntimeHintsPredicates.reflection().onConstructor(canonical).invoke())
				.as("%s canonical constructor", record.getName())
				.accepts(this.hints);
			for (RecordComponent component : record.getRecordComponents()) {
				assertThat(RuntimeHintsPredicates.reflection().onMethod(component.getAccessor()).invoke())
					.as("%s.%s()", record.getSimpleName(), component.getName())
					.accepts(this.hints);
			}
		}
	}

	@Test
	void everyBuilderEnumAndExceptionCanBeInvoked() {
		for (Class<?> type : this.types.stream().filter((type) -> !type.isRecord()).toList()) {
			for (Method method : type.getDeclaredMethods()) {
				if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
					assertThat(RuntimeHintsPredicates.reflection().onMethod(method).invoke())
						.as("%s.%s", type.getName(), method.getName())
						.accepts(this.hints);
				}
			}
		}
		assertThat(RuntimeHintsPredicates.reflection().onType(NewAchPaymentRequestBuilder.class)).accepts(this.hints);
	}

	private static Constructor<?> canonical(Class<?> record, Class<?>[] parameters) {
		try {
			return record.getDeclaredConstructor(parameters);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package dev.victor.client.aot;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * The runtime hints a native image of an application using the Victor client needs: every
 * type {@link VictorTypes} finds is registered for JSON binding (records with their
 * canonical constructors and accessors, enums with their {@code @JsonCreator} factories)
 * and for invocation of its public constructors and methods (builders, exceptions).
 * Registered in {@code META-INF/spring/aot.factories}, so Spring's AOT processing applies
 * it on both Boot lines.
 *
 * @since 0.2.0
 */
public class VictorClientRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		BindingReflectionHintsRegistrar binding = new BindingReflectionHintsRegistrar();
		for (Class<?> type : VictorTypes.scan(classLoader)) {
			if (type.isRecord() || type.isEnum()) {
				binding.registerReflectionHints(hints.reflection(), type);
			}
			hints.reflection()
				.registerType(type, MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS, MemberCategory.INVOKE_PUBLIC_METHODS);
		}
	}

}

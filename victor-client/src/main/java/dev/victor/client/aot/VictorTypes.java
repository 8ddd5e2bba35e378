package dev.victor.client.aot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.util.ClassUtils;

/**
 * Finds the types that Victor's JSON binding and error handling reach by reflection, by
 * scanning their packages on the class path, so a new model is covered without a list to
 * keep: every type of the model and error packages (records, enums, builders,
 * exceptions), and the records of the authentication package (the OAuth token request and
 * response).
 *
 * @since 0.2.0
 */
public final class VictorTypes {

	private static final String MODEL = "dev.victor.client.model";

	private static final String ERROR = "dev.victor.client.error";

	private static final String AUTH = "dev.victor.client.auth";

	private VictorTypes() {
	}

	/**
	 * Scan the class path for the types to hint.
	 * @param classLoader the class loader to scan and load with
	 * @return the types, top-level and nested
	 */
	public static List<Class<?>> scan(@Nullable ClassLoader classLoader) {
		List<Class<?>> types = new ArrayList<>();
		types.addAll(typesIn(MODEL, classLoader));
		types.addAll(typesIn(ERROR, classLoader));
		typesIn(AUTH, classLoader).stream().filter(Class::isRecord).forEach(types::add);
		return types;
	}

	private static List<Class<?>> typesIn(String packageName, @Nullable ClassLoader classLoader) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
		MetadataReaderFactory readers = new CachingMetadataReaderFactory(resolver);
		List<Class<?>> types = new ArrayList<>();
		try {
			for (Resource resource : resolver
				.getResources("classpath*:" + ClassUtils.convertClassNameToResourcePath(packageName) + "/*.class")) {
				String className = readers.getMetadataReader(resource).getClassMetadata().getClassName();
				if (!className.endsWith("package-info") && !isAnonymous(className)) {
					types.add(ClassUtils.forName(className, classLoader));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot scan " + packageName + " for runtime hints", ex);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			throw new IllegalStateException("Cannot load a type of " + packageName + " for runtime hints", ex);
		}
		return types;
	}

	private static boolean isAnonymous(String className) {
		int dollar = className.lastIndexOf('$');
		return dollar >= 0 && dollar < className.length() - 1 && Character.isDigit(className.charAt(dollar + 1));
	}

}

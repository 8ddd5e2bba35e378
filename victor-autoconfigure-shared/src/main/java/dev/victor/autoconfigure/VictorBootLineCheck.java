package dev.victor.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import org.springframework.boot.SpringBootVersion;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stops startup, before any bean exists, when the Victor starter does not match the
 * Spring Boot it runs on, or when both lines' starters are on the class path: either
 * would lose features silently (health, info, metrics, customizers) or mix two builds of
 * the same classes. Each autoconfigure jar declares its line in {@value #LINE_RESOURCE};
 * the report names the starter to use or to remove. Written against APIs both lines
 * share, so it runs on the wrong line too.
 *
 * @since 0.1.0
 */
public class VictorBootLineCheck implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The resource in which each Victor autoconfigure jar names its Boot line. */
	public static final String LINE_RESOURCE = "META-INF/victor-boot-line.properties";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ClassLoader classLoader = (context.getClassLoader() != null) ? context.getClassLoader()
				: VictorBootLineCheck.class.getClassLoader();
		check(SpringBootVersion.getVersion(), declaredLines(classLoader));
	}

	/**
	 * Check the Victor lines on the class path against the running Boot version.
	 * @param bootVersion the running Spring Boot version, {@code null} if unknown
	 * @param lines the declared lines, one per Victor autoconfigure jar
	 * @throws VictorBootLineMismatchException if they do not match
	 */
	static void check(String bootVersion, List<Properties> lines) {
		if (lines.size() > 1) {
			throw new VictorBootLineMismatchException(
					"Both Victor starters are on the class path: " + starters(lines) + ".",
					"Keep one: victor-spring-boot-starter for Spring Boot 4.x, victor-spring-boot3-starter for "
							+ "Spring Boot 3.5.x, and remove the other (check 'mvn dependency:tree' for what brings it).");
		}
		if (lines.isEmpty() || bootVersion == null) {
			return;
		}
		Properties line = lines.get(0);
		String bootMajor = bootVersion.split("\\.")[0];
		if (!bootMajor.equals(line.getProperty("boot-major"))) {
			throw new VictorBootLineMismatchException(
					line.getProperty("starter") + " is for Spring Boot " + line.getProperty("boot-versions")
							+ ", but this application runs Spring Boot " + bootVersion + ".",
					"Replace " + line.getProperty("starter") + " with " + line.getProperty("other-starter")
							+ ", the Victor starter for Spring Boot " + bootMajor + ".x.");
		}
	}

	private static String starters(List<Properties> lines) {
		return String.join(" and ", lines.stream().map((line) -> line.getProperty("starter")).sorted().toList());
	}

	private static List<Properties> declaredLines(ClassLoader classLoader) {
		try {
			List<Properties> lines = new ArrayList<>();
			for (URL url : Collections.list(classLoader.getResources(LINE_RESOURCE))) {
				try (InputStream in = url.openStream()) {
					Properties line = new Properties();
					line.load(in);
					lines.add(line);
				}
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + LINE_RESOURCE, ex);
		}
	}

}

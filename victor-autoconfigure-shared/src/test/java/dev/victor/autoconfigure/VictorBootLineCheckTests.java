package dev.victor.autoconfigure;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ExtendWith(OutputCaptureExtension.class)
class VictorBootLineCheckTests {

	@Test
	void theStarterOfTheRunningLineStarts() {
		String major = SpringBootVersion.getVersion().split("\\.")[0];
		assertThatCode(() -> VictorBootLineCheck.check(SpringBootVersion.getVersion(), List.of(line(major))))
			.doesNotThrowAnyException();
	}

	@Test
	void theBoot3StarterOnBoot4NamesTheStarterToUse() {
		assertThatExceptionOfType(VictorBootLineMismatchException.class)
			.isThrownBy(() -> VictorBootLineCheck.check("4.1.2", List.of(line("3"))))
			.withMessage(
					"victor-spring-boot3-starter is for Spring Boot 3.5.x, but this application runs Spring Boot 4.1.2.")
			.satisfies((ex) -> assertThat(ex.getAction()).isEqualTo(
					"Replace victor-spring-boot3-starter with victor-spring-boot-starter, the Victor starter for Spring Boot 4.x."));
	}

	@Test
	void theBoot4StarterOnBoot3NamesTheStarterToUse() {
		assertThatExceptionOfType(VictorBootLineMismatchException.class)
			.isThrownBy(() -> VictorBootLineCheck.check("3.5.16", List.of(line("4"))))
			.withMessageContaining("victor-spring-boot-starter is for Spring Boot 4.x")
			.satisfies((ex) -> assertThat(ex.getAction())
				.startsWith("Replace victor-spring-boot-starter with " + "victor-spring-boot3-starter"));
	}

	@Test
	void bothStartersStopStartupWithAReportNamingThem(@TempDir Path otherJar, CapturedOutput output)
			throws IOException {
		String major = SpringBootVersion.getVersion().split("\\.")[0];
		Path resource = otherJar.resolve(VictorBootLineCheck.LINE_RESOURCE);
		Files.createDirectories(resource.getParent());
		try (var out = Files.newOutputStream(resource)) {
			line(major.equals("4") ? "3" : "4").store(out, null);
		}
		try (URLClassLoader withOtherLine = new URLClassLoader(new URL[] { otherJar.toUri().toURL() },
				getClass().getClassLoader())) {
			SpringApplicationBuilder application = new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
				.resourceLoader(new DefaultResourceLoader(withOtherLine));
			assertThatExceptionOfType(VictorBootLineMismatchException.class).isThrownBy(application::run);
		}
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Both Victor starters are on the class path: victor-spring-boot-starter and "
					+ "victor-spring-boot3-starter.")
			.contains("Keep one: victor-spring-boot-starter for Spring Boot 4.x");
	}

	private static Properties line(String bootMajor) {
		boolean four = bootMajor.equals("4");
		Properties line = new Properties();
		line.setProperty("boot-major", bootMajor);
		line.setProperty("boot-versions", four ? "4.x" : "3.5.x");
		line.setProperty("starter", four ? "victor-spring-boot-starter" : "victor-spring-boot3-starter");
		line.setProperty("other-starter", four ? "victor-spring-boot3-starter" : "victor-spring-boot-starter");
		return line;
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class App {

	}

}

package dev.victor.client;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of the client core, kept by rules rather than by memory: it never imports
 * Spring Boot, its packages form no cycle, no package below the root depends on the root
 * (the typed client sits on top), and the model depends on nothing but Jackson's
 * annotations, the error package and itself.
 */
class LayeringTests {

	private static final JavaClasses CORE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.victor.client");

	@Test
	void theCoreNeverImportsSpringBoot() {
		noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework.boot..").check(CORE);
	}

	@Test
	void thePackagesFormNoCycle() {
		slices().matching("dev.victor.client.(*)..").should().beFreeOfCycles().check(CORE);
	}

	@Test
	void noPackageBelowTheRootDependsOnTheRoot() {
		noClasses().that()
			.resideInAPackage("dev.victor.client.*..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.victor.client")
			.check(CORE);
	}

	@Test
	void theModelDependsOnlyOnJacksonAnnotationsTheErrorsAndItself() {
		classes().that()
			.resideInAPackage("dev.victor.client.model..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "dev.victor.client.model..", "dev.victor.client.error..",
					"com.fasterxml.jackson.annotation..", "org.jspecify.annotations..")
			.check(CORE);
	}

}

package vn.canbo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/**
 * Module contracts: every module declares the modules (and named interfaces, such as
 * {@code reports::spi}) it may depend on in its {@code package-info.java}; a dependency
 * on anything else, on another module's internal package or a cycle fails the build.
 * {@link #failsOnADeliberateViolation()} shows the check biting on a test-only class that
 * breaks the contract, as LeakyEndpointTest does for scope. The module documentation (one
 * PlantUML diagram of all modules, one per module, and the module canvases) is written to
 * {@code docs/modules/}.
 */
class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(CanboApplication.class);

	@Test
	void modulesKeepTheirDeclaredContracts() {
		MODULES.verify();
	}

	@Test
	void everyModuleDeclaresItsAllowedDependencies() {
		MODULES.stream()
			.filter(m -> !m.getBasePackage().getName().equals("vn.canbo.shared"))
			.forEach(m -> assertThat(
					m.getBasePackage().getAnnotation(org.springframework.modulith.ApplicationModule.class))
				.as("@ApplicationModule on %s", m.getBasePackage().getName())
				.hasValueSatisfying(
						a -> assertThat(a.allowedDependencies()).as(m.getBasePackage().getName()).isNotEmpty()));
	}

	@Test
	void failsOnADeliberateViolation() {
		// the main classes plus one test-only class of the home-page module that reaches
		// into people
		ImportOption mainAndFixture = location -> new ImportOption.DoNotIncludeTests().includes(location)
				|| location.contains("ModuleContractBreach");
		ApplicationModules breached = ApplicationModules.of(CanboApplication.class, mainAndFixture);
		Violations violations = breached.detectViolations();

		assertThat(violations.hasViolations()).isTrue();
		assertThat(violations.getMessage()).contains("ModuleContractBreach")
			.contains("vn.canbo.people.PersonService") // web may depend on reports and
														// shared only
			.contains("vn.canbo.people.web"); // and never on another module's internal
												// package
		assertThatThrownBy(breached::verify).isInstanceOf(Violations.class);
	}

	/**
	 * people publishes a small API ({@code people::api}: the dossier read model, the
	 * search, the service with its history-writing methods and the history records); its
	 * other public types (masking, the field declarations, the import and export
	 * internals) serve only its own pages. A module with such an API is declared by every
	 * other module through it, never as a whole.
	 */
	@Test
	void aModuleWithAPublishedApiIsReachedOnlyThroughIt() {
		List<String> withApi = MODULES.stream()
			.filter(m -> m.getNamedInterfaces().getByName("api").isPresent())
			.map(m -> m.getIdentifier().toString())
			.toList();
		assertThat(withApi).contains("people");
		MODULES.stream()
			.forEach(m -> m.getBasePackage()
				.getAnnotation(org.springframework.modulith.ApplicationModule.class)
				.ifPresent(a -> assertThat(a.allowedDependencies()).as(m.getBasePackage().getName())
					.doesNotContainAnyElementsOf(withApi)));
	}

	@Test
	void refusesAPublicTypeOutsideThePublishedApi() {
		ImportOption mainAndFixture = location -> new ImportOption.DoNotIncludeTests().includes(location)
				|| location.contains("PeopleApiBreach");
		Violations violations = ApplicationModules.of(CanboApplication.class, mainAndFixture).detectViolations();

		assertThat(violations.getMessage()).contains("PeopleApiBreach")
			.contains("vn.canbo.people.PersonMasking")
			.doesNotContain("vn.canbo.people.PersonService");
	}

	@Test
	void writesModuleDocumentation() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
		sortLinesOfEachBlock(Path.of("docs/modules"));
	}

	/**
	 * The Documenter lists components and relations in hash order, which changes from run
	 * to run; sorting each run of consecutive {@code Component(}/{@code Rel(} lines keeps
	 * the checked-in diagrams stable.
	 */
	private static void sortLinesOfEachBlock(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".puml")).toList()) {
				List<String> lines = Files.readAllLines(f);
				List<String> out = new ArrayList<>();
				List<String> block = new ArrayList<>();
				for (String line : lines) {
					if (line.strip().startsWith("Rel(") || line.strip().startsWith("Component(")) {
						block.add(line);
						continue;
					}
					Collections.sort(block);
					out.addAll(block);
					block.clear();
					out.add(line);
				}
				Collections.sort(block);
				out.addAll(block);
				Files.write(f, out);
			}
		}
	}

}

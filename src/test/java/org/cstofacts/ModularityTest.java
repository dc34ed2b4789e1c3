package org.cstofacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTest {

	private static final ApplicationModules MODULES = ApplicationModules.of(CstoFactsApplication.class);

	/** Committed, and linked from the README: each build writes it again from the code. */
	private static final Path DOCUMENTATION = Path.of("docs", "modules");

	@Test
	void modulesUseEachOtherOnlyThroughTheirApisAndWithoutCycles() {
		MODULES.verify();
	}

	@Test
	void theModuleDocumentationDrawsEveryModule() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCUMENTATION.toString()))
			.writeDocumentation();
		sortDiagramLines();

		String overview = Files.readString(DOCUMENTATION.resolve("components.puml"));
		for (ApplicationModule module : MODULES) {
			assertThat(overview).as(module.getIdentifier().toString()).contains(module.getDisplayName());
			assertThat(DOCUMENTATION.resolve("module-" + module.getIdentifier() + ".adoc")).exists();
		}
	}

	/**
	 * The Documenter lists a diagram's components and relations in no fixed order: sorted, the committed files change
	 * only when the modules do.
	 */
	private static void sortDiagramLines() throws IOException {
		try (Stream<Path> files = Files.list(DOCUMENTATION)) {
			for (Path diagram : files.filter(file -> file.toString().endsWith(".puml")).toList()) {
				List<String> lines = Files.readAllLines(diagram);
				List<String> sorted = new ArrayList<>();
				int start = 0;
				while (start < lines.size()) {
					String kind = kindOf(lines.get(start));
					int end = start + 1;
					while (kind != null && end < lines.size() && kind.equals(kindOf(lines.get(end)))) {
						end++;
					}
					lines.subList(start, end).stream().sorted().forEach(sorted::add);
					start = end;
				}
				Files.write(diagram, sorted);
			}
		}
	}

	private static String kindOf(String line) {
		String statement = line.strip();
		return Stream.of("Component(", "Rel(").filter(statement::startsWith).findFirst().orElse(null);
	}

}

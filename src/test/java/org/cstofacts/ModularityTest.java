package org.cstofacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

		String overview = Files.readString(DOCUMENTATION.resolve("components.puml"));
		for (ApplicationModule module : MODULES) {
			assertThat(overview).as(module.getIdentifier().toString()).contains(module.getDisplayName());
			assertThat(DOCUMENTATION.resolve("module-" + module.getIdentifier() + ".adoc")).exists();
		}
	}

}

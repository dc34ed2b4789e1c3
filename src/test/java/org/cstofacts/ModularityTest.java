package org.cstofacts;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

	private static final ApplicationModules MODULES = ApplicationModules.of(CstoFactsApplication.class);

	@Test
	void modulesUseEachOtherOnlyThroughTheirApisAndWithoutCycles() {
		MODULES.verify();
	}

}

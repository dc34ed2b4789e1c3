package org.cstofacts.kernel.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceNotFoundExceptionTest {

	@Test
	void messageNamesTheResourceAndTheId() {
		ResourceNotFoundException ex = new ResourceNotFoundException("person", "example-person");

		assertThat(ex.getMessage()).isEqualTo("No person with id 'example-person'");
		assertThat(ex.resource()).isEqualTo("person");
		assertThat(ex.id()).isEqualTo("example-person");
	}

}

package org.cstofacts.person;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.cstofacts.kernel.claim.SourceDto;
import org.cstofacts.kernel.web.ResourceNotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PersonController.class)
class PersonControllerTest {

	static final PersonDto ANNA = new PersonDto("anna-example", "Anna Example", "President", "KAZ", null,
			List.of("President"), List.of("Anna Example"), List.of(3L), 2, List.of(new SourceDto(1L, 10, 22)));

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private PersonService people;

	@Test
	void listsPeopleInTheDtoPageShapeWithTheFiltersAndPageAsked() throws Exception {
		given(people.list("KAZ", "CSTO", "anna", PageRequest.of(1, 5, Sort.by("name"))))
			.willReturn(new PageImpl<>(List.of(ANNA), PageRequest.of(1, 5), 6));

		mvc.perform(get("/api/people?country=KAZ&organization=CSTO&q=anna&page=1&size=5&sort=name"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value("anna-example"))
			.andExpect(jsonPath("$.content[0].sources[0].end").value(22))
			.andExpect(jsonPath("$.page.number").value(1))
			.andExpect(jsonPath("$.page.totalElements").value(6));
	}

	@Test
	void anUnknownPersonIsA404Problem() throws Exception {
		given(people.get("nobody")).willThrow(new ResourceNotFoundException("person", "nobody"));

		mvc.perform(get("/api/people/nobody"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("No person with id 'nobody'"));
	}

	@Test
	void anUnknownSortFieldIsA400ProblemThatNeverReachesTheService() throws Exception {
		mvc.perform(get("/api/people/anna-example/statements?sort=salary"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("sort"));
		mvc.perform(get("/api/people?size=0")).andExpect(status().isBadRequest());
		verifyNoInteractions(people);
	}

	@Test
	void servesAPersonsStatementsPaged() throws Exception {
		given(people.statements(any(), any())).willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 20), 0));

		mvc.perform(get("/api/people/anna-example/statements"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.size").value(20));
	}

}

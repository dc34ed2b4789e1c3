package org.cstofacts.index;

import org.junit.jupiter.api.Test;

import org.cstofacts.country.CountryService;
import org.cstofacts.document.DocumentService;
import org.cstofacts.event.EventService;
import org.cstofacts.person.PersonService;
import org.cstofacts.statement.StatementService;
import org.cstofacts.version.ApplicationVersion;
import org.cstofacts.version.DataVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

@WebMvcTest(ApiIndexController.class)
@Import({ DataVersion.class, ApplicationVersion.class })
class ApiIndexControllerTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DataVersion dataVersion;

	@MockitoBean
	private DocumentService documents;

	@MockitoBean
	private CountryService countries;

	@MockitoBean
	private PersonService people;

	@MockitoBean
	private EventService events;

	@MockitoBean
	private StatementService statements;

	@Test
	void theIndexCountsEachCollectionAndLinksToItAndToTheDocs() throws Exception {
		given(documents.count()).willReturn(2L);
		given(countries.countMembers()).willReturn(6L);
		given(statements.count()).willReturn(11L);

		mvc.perform(get("/api"))
			.andExpect(jsonPath("$.name").value("csto-facts"))
			.andExpect(jsonPath("$.dataVersion").value(dataVersion.current()))
			.andExpect(jsonPath("$.counts.documents").value(2))
			.andExpect(jsonPath("$.counts.memberStates").value(6))
			.andExpect(jsonPath("$.counts.statements").value(11))
			.andExpect(jsonPath("$.links['member-states']").value("/api/member-states"))
			.andExpect(jsonPath("$.links.openapi").value("/v3/api-docs"))
			.andExpect(jsonPath("$.links.swaggerUi").value("/swagger-ui.html"));
	}

}

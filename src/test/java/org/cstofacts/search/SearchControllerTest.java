package org.cstofacts.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SearchController.class)
class SearchControllerTest {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private SearchService search;

	@Test
	void answersOneRankedListOfResults() throws Exception {
		given(search.search(eq("anna"), any())).willReturn(new PageImpl<>(List.of(
				new SearchResult("PERSON", "anna-example", "Anna Example", "President", 60, "/api/people/anna-example")),
				PageRequest.of(0, 20), 1));

		mvc.perform(get("/api/search?q=anna"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].type").value("PERSON"))
			.andExpect(jsonPath("$.content[0].score").value(60))
			.andExpect(jsonPath("$.content[0].snippet").value("President"));
	}

	@Test
	void aSearchWithoutQIsA400ProblemNamingIt() throws Exception {
		mvc.perform(get("/api/search")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("q"));
	}

	@Test
	void searchResultsCannotBeSorted() throws Exception {
		mvc.perform(get("/api/search?q=anna&sort=label")).andExpect(status().isBadRequest());
	}

}

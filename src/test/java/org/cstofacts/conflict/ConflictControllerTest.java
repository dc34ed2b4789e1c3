package org.cstofacts.conflict;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

@WebMvcTest(ConflictController.class)
class ConflictControllerTest {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ConflictService conflicts;

	@Test
	void listsEachDisagreementWithItsValuesAndThePrimaryOne() throws Exception {
		given(conflicts.list(any())).willReturn(new PageImpl<>(List.of(new ConflictDto("PERSON", "anna-example",
				"Anna Example", "title", "President",
				List.of(new ConflictDto.Value("Prime Minister", false, List.of(1L), List.of()),
						new ConflictDto.Value("President", true, List.of(2L), List.of())))),
				PageRequest.of(0, 20), 1));

		mvc.perform(get("/api/conflicts"))
			.andExpect(jsonPath("$.content[0].field").value("title"))
			.andExpect(jsonPath("$.content[0].primary").value("President"))
			.andExpect(jsonPath("$.content[0].values[1].primary").value(true))
			.andExpect(jsonPath("$.page.totalElements").value(1));
	}

}

package org.cstofacts.country;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.cstofacts.kernel.web.ResourceNotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CountryController.class)
class CountryControllerTest {

	static final CountryDto KAZAKHSTAN = new CountryDto("KAZ", "KZ", "Kazakhstan", "Republic of Kazakhstan",
			List.of("Kazakhstan"), true, List.of());

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private CountryService countries;

	@Test
	void filtersCountriesByMembershipAndWordsSortedByCodeByDefault() throws Exception {
		given(countries.list(true, "kaz", PageRequest.of(0, 20, Sort.by("code"))))
			.willReturn(new PageImpl<>(List.of(KAZAKHSTAN), PageRequest.of(0, 20), 1));

		mvc.perform(get("/api/countries?member=true&q=kaz"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].code").value("KAZ"))
			.andExpect(jsonPath("$.content[0].officialName").value("Republic of Kazakhstan"))
			.andExpect(jsonPath("$.content[0].member").value(true));
	}

	@Test
	void aMemberStateCarriesItsLeaders() throws Exception {
		given(countries.memberState("kaz")).willReturn(new MemberStateDto(KAZAKHSTAN,
				List.of(new MemberStateDto.Leader("anna-example", "Anna Example", "President"))));

		mvc.perform(get("/api/member-states/kaz"))
			.andExpect(jsonPath("$.code").value("KAZ"))
			.andExpect(jsonPath("$.leaders[0].title").value("President"));
	}

	@Test
	void anUnknownMemberStateIsA404Problem() throws Exception {
		given(countries.memberState("XXX")).willThrow(new ResourceNotFoundException("member state", "XXX"));

		mvc.perform(get("/api/member-states/XXX")).andExpect(status().isNotFound());
	}

	@Test
	void aMemberFilterThatIsNotABooleanIsA400Problem() throws Exception {
		mvc.perform(get("/api/countries?member=perhaps"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("member"));
	}

}

package org.cstofacts.export;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ExportController.class)
class ExportControllerTest {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ExportService export;

	@Test
	void jsonLdIsServedAsApplicationLdJson() throws Exception {
		given(export.jsonLd()).willReturn(Map.of("@context", "https://schema.org/", "@graph", List.of()));

		mvc.perform(get("/api/export").accept("application/ld+json"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/ld+json"))
			.andExpect(jsonPath("$['@context']").value("https://schema.org/"));
	}

	@Test
	void csvIsServedForTheCollectionAsked() throws Exception {
		given(export.csv("people")).willReturn("id,name\r\nanna-example,Anna Example\r\n");

		mvc.perform(get("/api/export?collection=people").accept("text/csv"))
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string("id,name\r\nanna-example,Anna Example\r\n"));
	}

	@Test
	void eachFormatHasAnAddressOfItsOwnThatNeedsNoAccept() throws Exception {
		given(export.jsonLd()).willReturn(Map.of("@graph", List.of()));
		given(export.csv("people")).willReturn("id,name\r\n");

		mvc.perform(get("/api/export/graph"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/ld+json"));
		// What a client generated from the document asks for: the one JSON type among the operation's answers.
		mvc.perform(get("/api/export/csv?collection=people").accept("application/problem+json"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(content().string("id,name\r\n"));
	}

	@Test
	void csvWithoutACollectionIsA400Problem() throws Exception {
		mvc.perform(get("/api/export").accept("text/csv")).andExpect(status().isBadRequest());
	}

}

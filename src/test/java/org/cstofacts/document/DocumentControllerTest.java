package org.cstofacts.document;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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

import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(DocumentController.class)
class DocumentControllerTest {

	static final DocumentSummary SUMMARY = new DocumentSummary(1L, "Leaders Meet", "Test Wire", null,
			LocalDateTime.of(2023, 3, 14, 9, 30), ZoneOffset.ofHours(6), "meet.txt", "a".repeat(64), Instant.parse("2024-01-01T00:00:00Z"), "1",
			new ExtractedCounts(1, 1, 2, 1, 1));

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private DocumentService documents;

	@Test
	void listsDocumentsWithoutTheirText() throws Exception {
		given(documents.list(PageRequest.of(0, 20, Sort.by("id"))))
			.willReturn(new PageImpl<>(List.of(SUMMARY), PageRequest.of(0, 20), 1));

		mvc.perform(get("/api/documents"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].publishedAt").value("2023-03-14T09:30:00"))
			.andExpect(jsonPath("$.content[0].factCounts.people").value(2))
			.andExpect(jsonPath("$.content[0]", not(hasKey("text"))));
	}

	@Test
	void oneDocumentAddsItsTextAndSections() throws Exception {
		given(documents.get(1L)).willReturn(new DocumentDetail(SUMMARY, "Leaders Meet\n\nText.\n",
				List.of(new DocumentDetail.SectionDto(null, 0, 20))));

		mvc.perform(get("/api/documents/1"))
			.andExpect(jsonPath("$.id").value(1))
			.andExpect(jsonPath("$.text").value("Leaders Meet\n\nText.\n"))
			.andExpect(jsonPath("$.sections[0].end").value(20));
	}

	@Test
	void anUnknownDocumentIsA404Problem() throws Exception {
		given(documents.get(9L)).willThrow(new ResourceNotFoundException("document", 9L));

		mvc.perform(get("/api/documents/9")).andExpect(status().isNotFound());
	}

}

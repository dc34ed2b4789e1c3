package org.cstofacts.ingest;

import java.time.Instant;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import org.cstofacts.document.DocumentSummary;
import org.cstofacts.document.ExtractedCounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(DocumentWriteController.class)
@Import({ ApiKeyGuard.class, ArticleReader.class, DocumentBatch.class })
@EnableConfigurationProperties(CstoProperties.class)
@TestPropertySource(properties = "csto.api-key=slice-key")
class DocumentWriteControllerTest {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private DocumentIngestService ingest;

	private static DocumentSummary stored() {
		return new DocumentSummary(5L, "Title", null, null, null, null, "api", "a".repeat(64), Instant.parse("2024-01-01T00:00:00Z"),
				"scripted", new ExtractedCounts(0, 0, 0, 0, 0));
	}

	@Test
	void aNewArticleIsCreatedWithItsLocation() throws Exception {
		given(ingest.ingest(article("Title\n\nText.\n", null))).willReturn(new IngestResult(stored(), true));

		mvc.perform(post("/api/documents").header("X-API-Key", "slice-key")
			.contentType(MediaType.TEXT_PLAIN)
			.content("Title\n\nText.\n"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/documents/5"))
			.andExpect(jsonPath("$.id").value(5));
	}

	@Test
	void anArticleStoredAlreadyIs200() throws Exception {
		given(ingest.ingest(article("Title\n\nText.\n", "feed"))).willReturn(new IngestResult(stored(), false));

		mvc.perform(post("/api/documents").header("X-API-Key", "slice-key")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Title\\n\\nText.\\n\", \"sourceName\": \"feed\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(5));
	}

	@Test
	void aWrongKeyNeverReachesTheIngest() throws Exception {
		mvc.perform(post("/api/documents").header("X-API-Key", "slice-key-").contentType(MediaType.TEXT_PLAIN).content("x"))
			.andExpect(status().isUnauthorized());
		mvc.perform(delete("/api/documents/5").header("X-API-Key", "")).andExpect(status().isUnauthorized());
		verifyNoInteractions(ingest);
	}

	@Test
	void deleteIs204() throws Exception {
		mvc.perform(delete("/api/documents/5").header("X-API-Key", "slice-key")).andExpect(status().isNoContent());
		then(ingest).should().delete(5L);
	}

	@Test
	void anUnknownCharsetIs415() throws Exception {
		mvc.perform(post("/api/documents").header("X-API-Key", "slice-key")
			.header("Content-Type", "text/plain; charset=no-such-charset")
			.content("Title"))
			.andExpect(status().isUnsupportedMediaType());
		then(ingest).should(org.mockito.Mockito.never()).ingest(any(Article.class));
	}

	private static Article article(String text, String sourceName) {
		return argThat(article -> article.text().equals(text) && Objects.equals(article.sourceName(), sourceName));
	}

}

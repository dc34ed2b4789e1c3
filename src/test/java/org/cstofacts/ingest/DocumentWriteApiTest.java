package org.cstofacts.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.cstofacts.document.DocumentService;
import org.cstofacts.statement.StatementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = { "csto.data-dir=target/no-articles", "csto.api-key=" + DocumentWriteApiTest.KEY })
@AutoConfigureMockMvc
@Import(ScriptedExtractor.Configuration.class)
class DocumentWriteApiTest {

	static final String KEY = "test-key-123";

	private static final String ARTICLE = "Leaders Meet in Astana\n\nThe leaders met on March 13, 2023 — “in café Zürich” 📷.\n";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DocumentService documents;

	@Autowired
	private DocumentIngestService ingest;

	@Autowired
	private StatementService statements;

	@AfterEach
	void deleteEveryDocument() {
		documents.list(Pageable.unpaged()).forEach(document -> ingest.delete(document.id()));
	}

	private ResultActions postText(byte[] body, String contentType, String key) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/documents").contentType(contentType).content(body);
		return mvc.perform(key == null ? request : request.header("X-API-Key", key));
	}

	private ResultActions refused(ResultActions result, HttpStatus status) throws Exception {
		result.andExpect(status().is(status.value()))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status.value()))
			.andExpect(jsonPath("$.type").isNotEmpty())
			.andExpect(jsonPath("$.detail").isNotEmpty());
		assertThat(documents.count()).as("documents after a refused write").isZero();
		assertThat(statements.count()).as("statements after a refused write").isZero();
		return result;
	}

	@Test
	void aNewArticleIs201WithLocationAndFactCounts() throws Exception {
		postText(ARTICLE.getBytes(StandardCharsets.UTF_8), "text/plain", KEY).andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern(".*/api/documents/\\d+")))
			.andExpect(jsonPath("$.title").value("Leaders Meet in Astana"))
			.andExpect(jsonPath("$.factCounts.people").value(0));
		assertThat(documents.count()).isOne();
	}

	@Test
	void textPlainWithoutCharsetIsReadAsUtf8() throws Exception {
		postText(ARTICLE.getBytes(StandardCharsets.UTF_8), "text/plain", KEY).andExpect(status().isCreated());
		Long id = documents.list(Pageable.unpaged()).getContent().get(0).id();
		assertThat(documents.get(id).text()).isEqualTo(ARTICLE);
	}

	@Test
	void theSameTextAgainIs200WithTheStoredDocument() throws Exception {
		postText(ARTICLE.getBytes(StandardCharsets.UTF_8), "text/plain", KEY).andExpect(status().isCreated());
		Long id = documents.list(Pageable.unpaged()).getContent().get(0).id();

		mvc.perform(post("/api/documents").header("X-API-Key", KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": " + json(ARTICLE) + ", \"sourceName\": \"again\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id));
		assertThat(documents.count()).isOne();
	}

	@Test
	void jsonKeepsTheSourceName() throws Exception {
		mvc.perform(post("/api/documents").header("X-API-Key", KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": " + json(ARTICLE) + ", \"sourceName\": \"wire-feed\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sourceName").value("wire-feed"));
	}

	@Test
	void anArticleOnOneLongLineIsStored() throws Exception {
		String oneLine = "The leaders met and talked. ".repeat(400).strip();
		postText(oneLine.getBytes(StandardCharsets.UTF_8), "text/plain", KEY).andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value(oneLine));
	}

	@Test
	void aMissingKeyIs401() throws Exception {
		refused(postText(ARTICLE.getBytes(StandardCharsets.UTF_8), "text/plain", null), HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aWrongKeyIs401() throws Exception {
		refused(postText(ARTICLE.getBytes(StandardCharsets.UTF_8), "text/plain", KEY + "-wrong"), HttpStatus.UNAUTHORIZED);
	}

	@Test
	void blankTextIs400() throws Exception {
		refused(postText(new byte[0], "text/plain", KEY), HttpStatus.BAD_REQUEST);
		refused(postText(" \n\t ".getBytes(StandardCharsets.UTF_8), "text/plain", KEY), HttpStatus.BAD_REQUEST);
		refused(postText("{\"text\": \"  \"}".getBytes(StandardCharsets.UTF_8), "application/json", KEY),
				HttpStatus.BAD_REQUEST);
		refused(postText("{\"sourceName\": \"x\"}".getBytes(StandardCharsets.UTF_8), "application/json", KEY),
				HttpStatus.BAD_REQUEST);
	}

	@Test
	void textThatIsNotUtf8Is400() throws Exception {
		byte[] latin1 = "Résumé of the talks in Zürich".getBytes(StandardCharsets.ISO_8859_1);
		refused(postText(latin1, "text/plain", KEY), HttpStatus.BAD_REQUEST);
		refused(postText(latin1, "text/plain; charset=UTF-8", KEY), HttpStatus.BAD_REQUEST);
	}

	@Test
	void binaryDataIs400() throws Exception {
		refused(postText(new byte[] { 'P', 'K', 3, 4, 0, 0, 'x' }, "text/plain", KEY), HttpStatus.BAD_REQUEST);
	}

	@Test
	void moreThanOneMebibyteIs413() throws Exception {
		byte[] large = new byte[DocumentWriteController.MAX_BYTES + 1];
		Arrays.fill(large, (byte) 'a');
		refused(postText(large, "text/plain", KEY), HttpStatus.CONTENT_TOO_LARGE);
	}

	@Test
	void anotherContentTypeIs415() throws Exception {
		refused(postText("<article/>".getBytes(StandardCharsets.UTF_8), "application/xml", KEY),
				HttpStatus.UNSUPPORTED_MEDIA_TYPE);
	}

	@Test
	void malformedJsonIs400() throws Exception {
		refused(postText("{\"text\": \"unfinished".getBytes(StandardCharsets.UTF_8), "application/json", KEY),
				HttpStatus.BAD_REQUEST);
	}

	@Test
	void deleteIs204AndTheDocumentIsGone() throws Exception {
		postText(ARTICLE.getBytes(StandardCharsets.UTF_8), "text/plain", KEY).andExpect(status().isCreated());
		Long id = documents.list(Pageable.unpaged()).getContent().get(0).id();

		mvc.perform(delete("/api/documents/{id}", id)).andExpect(status().isUnauthorized());
		mvc.perform(delete("/api/documents/{id}", id).header("X-API-Key", KEY)).andExpect(status().isNoContent());

		mvc.perform(get("/api/documents/{id}", id)).andExpect(status().isNotFound());
		mvc.perform(delete("/api/documents/{id}", id).header("X-API-Key", KEY)).andExpect(status().isNotFound());
	}

	private static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}

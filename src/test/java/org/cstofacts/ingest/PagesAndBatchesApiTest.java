package org.cstofacts.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.cstofacts.document.DocumentService;
import org.cstofacts.document.DocumentSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Saved web pages and batches of articles, posted through the API; and the original bytes served back. */
@SpringBootTest(properties = { "csto.data-dir=target/no-articles", "csto.api-key=" + PagesAndBatchesApiTest.KEY,
		"csto.batch.max-articles=4", "csto.batch.max-bytes=2KB" })
@AutoConfigureMockMvc
@Import(ScriptedExtractor.Configuration.class)
class PagesAndBatchesApiTest {

	static final String KEY = "test-key-123";

	private static final String NDJSON = "application/x-ndjson";

	private static final String ARTICLE = "Leaders Meet in Astana\\n\\nThe leaders met on March 13, 2023.\\n";

	private static final String OTHER = "Ministers Meet in Minsk\\n\\nThe ministers met on May 2, 2023.\\n";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DocumentService documents;

	@Autowired
	private DocumentIngestService ingest;

	@AfterEach
	void deleteEveryDocument() {
		documents.list(Pageable.unpaged()).forEach(document -> ingest.delete(document.id()));
	}

	static byte[] page(String name) {
		try (InputStream in = PagesAndBatchesApiTest.class.getResourceAsStream("/pages/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	private ResultActions send(String path, String contentType, byte[] body) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.header("X-API-Key", KEY)
			.header("Content-Type", contentType)
			.content(body));
	}

	private String onlyText() {
		DocumentSummary only = documents.list(Pageable.unpaged()).getContent().get(0);
		return documents.get(only.id()).text();
	}

	@Test
	void aPageIsStoredAsTheArticleTakenOutOfItWithTheOffsetOfItsTimeAndItsBytesKept() throws Exception {
		byte[] page = page("agency-json-ld.html");

		String location = send("/api/documents", "text/html", page).andExpect(status().isCreated())
			.andExpect(jsonPath("$.publishedOffset").value("+06:00"))
			.andReturn()
			.getResponse()
			.getHeader("Location");

		assertThat(onlyText()).doesNotContain("<").doesNotContain("cookie").contains("\n\n");
		for (String time : new String[] { "first", "again, from the cache of answers" }) {
			mvc.perform(get(location + "/original"))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
				.andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
				.andExpect(content().bytes(page));
		}
	}

	@Test
	void theCharsetOfTheContentTypeHeaderGoesBeforeThePagesOwnDeclaration() throws Exception {
		String html = "<html><head><meta charset=\"utf-8\"><title>Паромная линия</title></head><body><article>"
				+ "<h1>Паромная линия будет работать всю зиму</h1>"
				+ "<p>Паром между островами впервые будет ходить всю зиму, решил во вторник региональный совет.</p>"
				+ "<p>Первый зимний рейс намечен на третье ноября, если позволит погода и лёд на заливе.</p>"
				+ "<p>Жители островов давно просили об этом: летом паром ходит трижды в день, зимой не ходил вовсе.</p>"
				+ "</article></body></html>";
		byte[] windows1251 = html.getBytes(Charset.forName("windows-1251"));

		send("/api/documents", "text/html; charset=windows-1251", windows1251).andExpect(status().isCreated());

		assertThat(onlyText()).startsWith("Паромная линия будет работать всю зиму").contains("лёд на заливе");
		Long id = documents.list(Pageable.unpaged()).getContent().get(0).id();
		mvc.perform(get("/api/documents/" + id + "/original"))
			.andExpect(header().string("Content-Type", "text/html;charset=windows-1251"));
	}

	@Test
	void aWindows1251PageThatDeclaresNoCharsetIsReadRight() throws Exception {
		send("/api/documents", "text/html", page("windows-1251-undeclared.html")).andExpect(status().isCreated());

		assertThat(onlyText()).startsWith("Паромная линия на острова будет работать всю зиму")
			.contains("«Наши дети наконец смогут");
	}

	@Test
	void aPageWithAByteOrderMarkIsReadRight() throws Exception {
		send("/api/documents", "text/html", page("utf-8-bom.html")).andExpect(status().isCreated());

		assertThat(onlyText()).startsWith("Музей озера снова открыт после ремонта").doesNotContain("\uFEFF");
	}

	@Test
	void anXhtmlPageIsReadAsAPage() throws Exception {
		send("/api/documents", "application/xhtml+xml", page("newspaper-open-graph.html"))
			.andExpect(status().isCreated());

		assertThat(onlyText()).doesNotContain("<p>");
	}

	@Test
	void aPageWithNoArticleTextIs422SayingSoAndStoresNothing() throws Exception {
		send("/api/documents", "text/html", page("no-article-index.html")).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:problem-type:csto-facts:no-article-text"))
			.andExpect(jsonPath("$.detail", containsString("no article text")))
			.andExpect(jsonPath("$.instance").value("/api/documents"));

		assertThat(documents.count()).isZero();
	}

	@Test
	void binaryDataSentAsAPageIs400AndStoresNothing() throws Exception {
		byte[] binary = new byte[600];
		for (int i = 0; i < binary.length; i++) {
			binary[i] = (byte) (i % 7);
		}
		send("/api/documents", "text/html", binary).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:problem-type:csto-facts:unreadable-article"));

		assertThat(documents.count()).isZero();
	}

	@Test
	void theOriginalOfATextIsItsBytesInTheCharsetItWasSentIn() throws Exception {
		byte[] latin1 = "Talks in Zürich\n\nThe ministers met in Zürich.\n".getBytes(StandardCharsets.ISO_8859_1);
		send("/api/documents", "text/plain; charset=ISO-8859-1", latin1).andExpect(status().isCreated());
		Long id = documents.list(Pageable.unpaged()).getContent().get(0).id();

		mvc.perform(get("/api/documents/" + id + "/original"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/plain;charset=ISO-8859-1"))
			.andExpect(content().bytes(latin1));
	}

	@Test
	void theOriginalOfNoDocumentIs404() throws Exception {
		mvc.perform(get("/api/documents/999/original"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("No document with id '999'"));
	}

	@Test
	void eachLineOfABatchIsAnsweredOnItsOwnAndOneBadArticleFailsNoOther() throws Exception {
		String batch = "{\"text\": \"" + ARTICLE + "\", \"sourceName\": \"wire\"}\n" + "{\"text\": \"  \"}\n"
				+ "not json\n" + "\n" + "{\"text\": \"" + ARTICLE + "\"}\n";

		send("/api/documents/batch", NDJSON, batch.getBytes(StandardCharsets.UTF_8)).andExpect(status().isMultiStatus())
			.andExpect(jsonPath("$.stored").value(1))
			.andExpect(jsonPath("$.alreadyStored").value(1))
			.andExpect(jsonPath("$.refused").value(2))
			.andExpect(jsonPath("$.results[0].index").value(0))
			.andExpect(jsonPath("$.results[0].status").value(201))
			.andExpect(jsonPath("$.results[0].document.sourceName").value("wire"))
			.andExpect(jsonPath("$.results[1].status").value(400))
			.andExpect(jsonPath("$.results[1].problem.type").value("urn:problem-type:csto-facts:unreadable-article"))
			.andExpect(jsonPath("$.results[1].problem.detail").isNotEmpty())
			.andExpect(jsonPath("$.results[1].id").doesNotExist())
			.andExpect(jsonPath("$.results[2].status").value(400))
			.andExpect(jsonPath("$.results[2].problem.type").value("urn:problem-type:csto-facts:malformed-json"))
			.andExpect(jsonPath("$.results[3].index").value(3))
			.andExpect(jsonPath("$.results[3].status").value(200))
			.andExpect(jsonPath("$.results[3].problem").doesNotExist());

		assertThat(documents.count()).isOne();
	}

	@Test
	void aJsonArrayIsABatchToo() throws Exception {
		String batch = "[{\"text\": \"" + ARTICLE + "\"}, 42, {\"text\": \"" + OTHER + "\"}]";

		send("/api/documents/batch", "application/json", batch.getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isMultiStatus())
			.andExpect(jsonPath("$.results[0].status").value(201))
			.andExpect(jsonPath("$.results[1].status").value(400))
			.andExpect(jsonPath("$.results[2].status").value(201));

		assertThat(documents.count()).isEqualTo(2);
	}

	@Test
	void aBatchOfMoreArticlesThanAllowedIs422NamingTheLimitAndStoresNothing() throws Exception {
		String line = "{\"text\": \"" + ARTICLE + "\"}\n";

		send("/api/documents/batch", NDJSON, line.repeat(5).getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:problem-type:csto-facts:too-many-articles"))
			.andExpect(jsonPath("$.detail", containsString("at most 4 articles (csto.batch.max-articles)")));

		assertThat(documents.count()).isZero();
	}

	@Test
	void aBatchLargerThanAllowedIs413NamingTheLimitAndStoresNothing() throws Exception {
		String large = "{\"text\": \"" + ARTICLE + "x".repeat(2100) + "\"}\n";

		send("/api/documents/batch", NDJSON, large.getBytes(StandardCharsets.UTF_8)).andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.type").value("urn:problem-type:csto-facts:batch-too-large"))
			.andExpect(jsonPath("$.detail", containsString("at most 2048 bytes (csto.batch.max-bytes)")));

		assertThat(documents.count()).isZero();
	}

	@Test
	void aBatchThatIsNoJsonArrayOrHoldsNothingIs400() throws Exception {
		send("/api/documents/batch", "application/json", "{\"text\": \"x\"}".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:problem-type:csto-facts:malformed-json"));
		send("/api/documents/batch", NDJSON, "\n\n".getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:problem-type:csto-facts:empty-batch"));
		send("/api/documents/batch", "text/plain", ARTICLE.getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isUnsupportedMediaType());

		assertThat(documents.count()).isZero();
	}

	@Test
	void aBatchNeedsTheKey() throws Exception {
		mvc.perform(post("/api/documents/batch").contentType(NDJSON).content("{\"text\": \"" + ARTICLE + "\"}\n"))
			.andExpect(status().isUnauthorized());

		assertThat(documents.count()).isZero();
	}

}

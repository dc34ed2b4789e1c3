package org.cstofacts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The publication time as the real extractor and page reader find it, served the same way wherever it is served
 * (the document, the list, the CSV export, the JSON-LD export): with its offset when the article or its page gives
 * one, as it reads when neither does, and never in a field of its own.
 */
@SpringBootTest(properties = { "csto.data-dir=target/no-articles", "csto.api-key=" + PublicationTimeApiTest.KEY })
@AutoConfigureMockMvc
class PublicationTimeApiTest {

	static final String KEY = "publication-time-key";

	@Autowired
	private MockMvc mvc;

	private final List<String> stored = new ArrayList<>();

	@AfterEach
	void deleteWhatWasStored() throws Exception {
		for (String location : stored) {
			mvc.perform(delete(location).header("X-API-Key", KEY));
		}
	}

	@Test
	void aBylineTimeWithGmtAndAnOffsetIsServedWithThatOffset() throws Exception {
		String location = store(MediaType.TEXT_PLAIN, "Leaders Meet in Lakeside\n\nExample Wire | Nov 28, 2019 | "
				+ "4:52 PM GMT+6\n\nThe leaders met in Lakeside on November 28, 2019.\n");

		assertServedEverywhereAs(location, "2019-11-28T16:52:00+06:00");
	}

	@Test
	void aBylineTimeWithAnOffsetInBracketsIsServedWithThatOffset() throws Exception {
		String location = store(MediaType.TEXT_PLAIN, "Ministers Meet in Hillview\n\nSample Herald\nMay 17, 2022 "
				+ "21:50 (UTC+3)\n\nThe ministers met in Hillview on May 17, 2022.\n");

		assertServedEverywhereAs(location, "2022-05-17T21:50:00+03:00");
	}

	@Test
	void aBylineTimeWithoutAZoneIsServedAsItReads() throws Exception {
		String location = store(MediaType.TEXT_PLAIN, "Ministers Meet in Hillview\n\nSample Herald | 17.05.2022 | "
				+ "21:50\n\nThe ministers met in Hillview on May 17, 2022.\n");

		assertServedEverywhereAs(location, "2022-05-17T21:50:00");
	}

	@Test
	void aPageWhoseJsonLdGivesTheTimeWithAnOffsetIsServedWithThatOffset() throws Exception {
		byte[] page;
		try (InputStream in = getClass().getResourceAsStream("/pages/agency-json-ld.html")) {
			page = in.readAllBytes();
		}

		String location = store(MediaType.TEXT_HTML, page);

		assertServedEverywhereAs(location, "2031-04-09T18:40:00+06:00");
	}

	private String store(MediaType type, String text) throws Exception {
		return store(type, text.getBytes(StandardCharsets.UTF_8));
	}

	private String store(MediaType type, byte[] body) throws Exception {
		MvcResult created = mvc.perform(post("/api/documents").header("X-API-Key", KEY).contentType(type).content(body))
			.andReturn();
		assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
		assertThat(json(created).path("publishedAt").asString(null)).as("the answer to the write").isNotNull();
		String location = created.getResponse().getHeader("Location");
		stored.add(location);
		return location;
	}

	private void assertServedEverywhereAs(String location, String publishedAt) throws Exception {
		String id = location.substring(location.lastIndexOf('/') + 1);

		JsonNode document = json(mvc.perform(get(location)).andReturn());
		assertThat(document.path("publishedAt").asString(null)).as("the document").isEqualTo(publishedAt);
		assertThat(document.has("publishedOffset")).as("a field of its own for the offset").isFalse();

		JsonNode listed = null;
		for (JsonNode summary : json(mvc.perform(get("/api/documents")).andReturn()).path("content")) {
			listed = summary.path("id").asString().equals(id) ? summary : listed;
		}
		assertThat(listed).as("the document in the list").isNotNull();
		assertThat(listed.path("publishedAt").asString(null)).as("the list").isEqualTo(publishedAt);

		assertThat(csvPublishedAt(id)).as("the CSV export").isEqualTo(publishedAt);

		JsonNode article = null;
		for (JsonNode node : json(mvc.perform(get("/api/export/graph")).andReturn()).path("@graph")) {
			article = node.path("@id").asString().equals("/api/documents/" + id) ? node : article;
		}
		assertThat(article).as("the article in the JSON-LD export").isNotNull();
		assertThat(article.path("datePublished").asString(null)).as("the JSON-LD export").isEqualTo(publishedAt);
	}

	/** The publishedAt cell of the document's row; no value of the articles here has a comma or quote to unquote. */
	private String csvPublishedAt(String id) throws Exception {
		List<String> lines = mvc.perform(get("/api/export/csv").param("collection", "documents"))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.lines()
			.toList();
		int column = Arrays.asList(lines.get(0).split(",")).indexOf("publishedAt");
		return lines.stream()
			.filter(line -> line.startsWith(id + ","))
			.map(line -> line.split(",", -1)[column])
			.findFirst()
			.orElseThrow();
	}

	private static JsonNode json(MvcResult result) throws IOException {
		return JsonMapper.shared().readTree(result.getResponse().getContentAsString());
	}

}

package org.cstofacts.ingest;

import org.junit.jupiter.api.Test;

import org.cstofacts.document.DocumentService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Secure by default: with no key configured the seed is served but nothing can be written. */
@SpringBootTest(properties = "csto.api-key=")
@AutoConfigureMockMvc
class WritesDisabledTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DocumentService documents;

	@Test
	void everyPostIs403SayingHowToEnableWrites() throws Exception {
		long before = documents.count();
		for (String key : new String[] { null, "some-key" }) {
			var request = post("/api/documents").contentType(MediaType.TEXT_PLAIN).content("Title\n\nText.\n");
			mvc.perform(key == null ? request : request.header("X-API-Key", key))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail", containsString("CSTO_API_KEY")));
		}
		assertThat(documents.count()).isEqualTo(before);
	}

	@Test
	void everyBatchIs403() throws Exception {
		long before = documents.count();
		mvc.perform(post("/api/documents/batch").header("X-API-Key", "some-key")
			.contentType("application/x-ndjson")
			.content("{\"text\": \"Title\\n\\nText.\\n\"}\n"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("CSTO_API_KEY")));
		assertThat(documents.count()).isEqualTo(before);
	}

	@Test
	void everyDeleteIs403() throws Exception {
		long before = documents.count();
		mvc.perform(delete("/api/documents/1").header("X-API-Key", "some-key")).andExpect(status().isForbidden());
		assertThat(documents.count()).isEqualTo(before).isPositive();
	}

}

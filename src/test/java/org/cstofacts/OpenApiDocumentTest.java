package org.cstofacts;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A newcomer can learn the API from the explorer: every contract path and parameter is there, described. */
@SpringBootTest(properties = "csto.data-dir=target/no-articles")
@AutoConfigureMockMvc
class OpenApiDocumentTest {

	static final List<String> PAGED = List.of("page", "size", "sort");

	static final Map<String, List<String>> CONTRACT_PARAMETERS = Map.of("/api/documents", PAGED, "/api/countries",
			List.of("page", "size", "sort", "member", "q"), "/api/member-states", PAGED, "/api/people",
			List.of("page", "size", "sort", "country", "organization", "q"), "/api/people/{id}/statements", PAGED,
			"/api/events", List.of("page", "size", "sort", "type", "from", "to"), "/api/summits", PAGED,
			"/api/statements", List.of("page", "size", "sort", "speaker", "kind", "topic", "q"), "/api/search",
			List.of("q"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	private JsonNode paths() throws Exception {
		String body = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		return json.readTree(body).get("paths");
	}

	@Test
	void everyContractOperationIsDocumentedWithASummary() throws Exception {
		JsonNode paths = paths();
		List<String> operations = List.of("get /api", "get /api/documents", "post /api/documents",
				"get /api/documents/{id}", "delete /api/documents/{id}", "get /api/countries", "get /api/member-states",
				"get /api/member-states/{code}", "get /api/people", "get /api/people/{id}",
				"get /api/people/{id}/statements", "get /api/events", "get /api/events/{id}", "get /api/summits",
				"get /api/summits/{id}", "get /api/timeline", "get /api/statements", "get /api/statements/{id}",
				"get /api/search", "get /api/conflicts", "get /api/export/graph", "get /api/export/csv");
		for (String operation : operations) {
			String[] methodAndPath = operation.split(" ");
			JsonNode documented = paths.path(methodAndPath[1]).path(methodAndPath[0]);
			assertThat(documented.isMissingNode()).as(operation + " documented").isFalse();
			assertThat(documented.path("summary").asString()).as(operation + " summary").isNotBlank();
		}
	}

	@Test
	void everyContractParameterIsDocumentedWithADescription() throws Exception {
		JsonNode paths = paths();
		CONTRACT_PARAMETERS.forEach((path, names) -> {
			JsonNode parameters = paths.path(path).path("get").path("parameters");
			for (String name : names) {
				JsonNode parameter = null;
				for (JsonNode candidate : parameters) {
					if (name.equals(candidate.path("name").asString())) {
						parameter = candidate;
					}
				}
				assertThat(parameter).as(path + " parameter " + name).isNotNull();
				assertThat(parameter.path("description").asString()).as(path + " " + name + " description").isNotBlank();
			}
		});
	}

}

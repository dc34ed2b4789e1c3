package org.cstofacts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A newcomer can learn the API from the explorer: every contract path and parameter is there, described. */
@SpringBootTest(properties = "csto.data-dir=target/no-articles")
@AutoConfigureMockMvc
class OpenApiDocumentTest {

	private static final List<String> PAGED = List.of("page", "size", "sort");

	private static final List<String> CONTRACT_OPERATIONS = List.of("get /api", "get /api/documents",
			"post /api/documents", "get /api/documents/{id}", "delete /api/documents/{id}", "get /api/countries",
			"get /api/member-states", "get /api/member-states/{code}", "get /api/people", "get /api/people/{id}",
			"get /api/people/{id}/statements", "get /api/events", "get /api/events/{id}", "get /api/summits",
			"get /api/summits/{id}", "get /api/timeline", "get /api/statements", "get /api/statements/{id}",
			"get /api/search", "get /api/conflicts", "get /api/export/graph", "get /api/export/csv");

	private static final Map<String, List<String>> CONTRACT_PARAMETERS = Map.of("/api/documents", PAGED,
			"/api/countries", List.of("page", "size", "sort", "member", "q"), "/api/member-states", PAGED,
			"/api/people", List.of("page", "size", "sort", "country", "organization", "q"),
			"/api/people/{id}/statements", PAGED, "/api/events", List.of("page", "size", "sort", "type", "from", "to"),
			"/api/summits", PAGED, "/api/statements", List.of("page", "size", "sort", "speaker", "kind", "topic", "q"),
			"/api/search", List.of("q"));

	@Autowired
	private MockMvc mvc;

	private JsonNode document;

	@BeforeEach
	void readDocument() throws Exception {
		String json = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.document = JsonMapper.shared().readTree(json);
	}

	@Test
	void documentNamesTheServiceItsVersionAndHowItWorks() {
		JsonNode info = this.document.path("info");

		assertThat(info.path("title").asString()).isEqualTo("csto-facts");
		assertThat(info.path("version").asString()).isNotBlank();
		assertThat(info.path("description").asString()).contains("sources", "If-None-Match", "X-API-Key",
				"application/problem+json", "sort=field,asc|desc");
	}

	@Test
	void everyContractOperationIsDocumentedWithASummary() {
		for (String operation : CONTRACT_OPERATIONS) {
			String[] methodAndPath = operation.split(" ");
			JsonNode documented = this.document.path("paths").path(methodAndPath[1]).path(methodAndPath[0]);
			assertThat(documented.isMissingNode()).as(operation + " documented").isFalse();
			assertThat(documented.path("summary").asString()).as(operation + " summary").isNotBlank();
		}
	}

	@Test
	void documentHoldsOnlyApiPaths() {
		List<String> paths = new ArrayList<>();
		this.document.path("paths").propertyNames().forEach(paths::add);

		assertThat(paths).contains("/api", "/api/documents/{id}").allMatch((path) -> path.startsWith("/api"));
	}

	@Test
	void everyContractParameterIsDocumentedWithADescription() {
		CONTRACT_PARAMETERS.forEach((path, names) -> {
			JsonNode parameters = this.document.path("paths").path(path).path("get").path("parameters");
			for (String name : names) {
				JsonNode parameter = null;
				for (JsonNode candidate : parameters) {
					if (name.equals(candidate.path("name").asString())) {
						parameter = candidate;
					}
				}
				assertThat(parameter).as(path + " parameter " + name).isNotNull();
				assertThat(parameter.path("description").asString()).as(path + " " + name + " description")
					.isNotBlank();
			}
		});
	}

	@Test
	void everyOperationDocumentsItsProblems() {
		assertThat(this.document.path("components").path("schemas").path(OpenApiConfiguration.PROBLEM_SCHEMA)
			.path("properties")
			.has("detail")).isTrue();
		for (Map.Entry<String, JsonNode> path : this.document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				JsonNode responses = operation.getValue().path("responses");
				for (String status : List.of("400", "404", "500", "503")) {
					JsonNode problem = responses.path(status).path("content").path("application/problem+json");
					assertThat(problem.path("schema").path("$ref").asString())
						.as("%s %s %s", operation.getKey(), path.getKey(), status)
						.isEqualTo("#/components/schemas/" + OpenApiConfiguration.PROBLEM_SCHEMA);
				}
			}
		}
	}

	@Test
	void writeOperationsDocumentTheirRefusals() {
		JsonNode post = this.document.path("paths").path("/api/documents").path("post").path("responses");
		JsonNode delete = this.document.path("paths").path("/api/documents/{id}").path("delete").path("responses");

		assertThat(post.has("401") && post.has("403") && post.has("413") && post.has("415")).isTrue();
		assertThat(delete.has("401") && delete.has("403")).isTrue();
		assertThat(delete.has("413") || delete.has("415")).as("a DELETE has no body to refuse").isFalse();
		assertThat(this.document.path("paths").path("/api/documents").path("get").path("responses").has("401"))
			.isFalse();
	}

}

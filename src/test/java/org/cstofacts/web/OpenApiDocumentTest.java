package org.cstofacts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springdoc.core.annotations.ParameterObject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.cstofacts.kernel.web.PagingParameters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:web-openapi")
@AutoConfigureMockMvc
@Import(OpenApiDocumentTest.ThingsController.class)
class OpenApiDocumentTest {

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
	void documentHoldsOnlyApiPaths() {
		List<String> paths = new ArrayList<>();
		this.document.path("paths").propertyNames().forEach(paths::add);

		assertThat(paths).contains("/api/things", "/api/things/{id}").allMatch((path) -> path.startsWith("/api"));
	}

	@Test
	void everyOperationDocumentsItsProblems() {
		assertThat(this.document.path("components").path("schemas").path(OpenApiConfiguration.PROBLEM_SCHEMA)
			.path("properties")
			.has("detail")).isTrue();
		for (Map.Entry<String, JsonNode> path : this.document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				JsonNode responses = operation.getValue().path("responses");
				for (String status : List.of("400", "404", "500")) {
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
		JsonNode post = this.document.path("paths").path("/api/things").path("post").path("responses");
		JsonNode delete = this.document.path("paths").path("/api/things/{id}").path("delete").path("responses");

		assertThat(post.has("401") && post.has("403") && post.has("413") && post.has("415")).isTrue();
		assertThat(delete.has("401") && delete.has("403")).isTrue();
		assertThat(delete.has("413") || delete.has("415")).as("a DELETE has no body to refuse").isFalse();
		assertThat(this.document.path("paths").path("/api/things").path("get").path("responses").has("401")).isFalse();
	}

	@Test
	void pagingParametersAreDocumented() {
		JsonNode parameters = this.document.path("paths").path("/api/things").path("get").path("parameters");
		List<String> documented = new ArrayList<>();
		for (JsonNode parameter : parameters) {
			assertThat(parameter.path("description").asString()).as(parameter.path("name").asString()).isNotBlank();
			documented.add(parameter.path("name").asString());
		}

		assertThat(documented).contains("page", "size", "sort");
	}

	@RestController
	static class ThingsController {

		@GetMapping("/api/things")
		String things(@ParameterObject PagingParameters paging) {
			return paging.toPageable(Set.of("name"), Sort.by("name")).toString();
		}

		@GetMapping("/api/things/{id}")
		String thing(@PathVariable String id) {
			return id;
		}

		@PostMapping("/api/things")
		String add(@RequestBody String thing) {
			return thing;
		}

		@DeleteMapping("/api/things/{id}")
		void remove(@PathVariable String id) {
		}

	}

}

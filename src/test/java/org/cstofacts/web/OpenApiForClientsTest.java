package org.cstofacts.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/**
 * What generated clients and the explorer take from the OpenAPI document: the operation ids and tags the contract
 * fixes, the key declared once as the writes' security, the configured public address as the server, and times
 * declared as what they are.
 */
@SpringBootTest(properties = { "csto.data-dir=target/no-articles", "csto.public-base-url=https://facts.example.org/" })
@AutoConfigureMockMvc
class OpenApiForClientsTest {

	/** API.md: "Operation ids" and "Tags". */
	private static final Map<String, String> CONTRACT = new LinkedHashMap<>();

	static {
		CONTRACT.put("get /api", "getIndex Index");
		CONTRACT.put("get /api/documents", "listDocuments Documents");
		CONTRACT.put("post /api/documents", "createDocument Documents");
		CONTRACT.put("get /api/documents/{id}", "getDocument Documents");
		CONTRACT.put("delete /api/documents/{id}", "deleteDocument Documents");
		CONTRACT.put("get /api/documents/{id}/original", "getDocumentOriginal Documents");
		CONTRACT.put("post /api/documents/batch", "createDocumentBatch Documents");
		CONTRACT.put("get /api/countries", "listCountries Countries");
		CONTRACT.put("get /api/member-states", "listMemberStates Countries");
		CONTRACT.put("get /api/member-states/{code}", "getMemberState Countries");
		CONTRACT.put("get /api/people", "listPeople People");
		CONTRACT.put("get /api/people/{id}", "getPerson People");
		CONTRACT.put("get /api/people/{id}/statements", "listPersonStatements People");
		CONTRACT.put("get /api/events", "listEvents Events");
		CONTRACT.put("get /api/events/{id}", "getEvent Events");
		CONTRACT.put("get /api/summits", "listSummits Events");
		CONTRACT.put("get /api/summits/{id}", "getSummit Events");
		CONTRACT.put("get /api/timeline", "getTimeline Events");
		CONTRACT.put("get /api/statements", "listStatements Statements");
		CONTRACT.put("get /api/statements/{id}", "getStatement Statements");
		CONTRACT.put("get /api/search", "search Search");
		CONTRACT.put("get /api/conflicts", "listConflicts Conflicts");
		CONTRACT.put("get /api/export/graph", "exportGraph Export");
		CONTRACT.put("get /api/export/csv", "exportCsv Export");
	}

	@Autowired
	private MockMvc mvc;

	private JsonNode document;

	@BeforeEach
	void readDocument() throws Exception {
		this.document = JsonMapper.shared()
			.readTree(this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
	}

	private Map<String, JsonNode> operations() {
		Map<String, JsonNode> operations = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> path : this.document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				operations.put(operation.getKey() + " " + path.getKey(), operation.getValue());
			}
		}
		return operations;
	}

	@Test
	void everyOperationHasTheIdAndTagTheContractFixes() {
		Map<String, String> named = new LinkedHashMap<>();
		operations().forEach((operation, description) -> named.put(operation,
				description.path("operationId").asString() + " " + String.join(",", tags(description))));

		assertThat(named).isEqualTo(CONTRACT);
	}

	private static List<String> tags(JsonNode operation) {
		List<String> tags = new ArrayList<>();
		operation.path("tags").forEach((tag) -> tags.add(tag.asString()));
		return tags;
	}

	@Test
	void writesDeclareTheKeyOnceAsTheirSecurityAndReadsDeclareNone() {
		JsonNode scheme = this.document.path("components").path("securitySchemes").path("apiKey");
		assertThat(scheme.path("type").asString()).isEqualTo("apiKey");
		assertThat(scheme.path("in").asString()).isEqualTo("header");
		assertThat(scheme.path("name").asString()).isEqualTo("X-API-Key");

		operations().forEach((operation, description) -> {
			boolean write = operation.startsWith("post ") || operation.startsWith("delete ");
			assertThat(description.path("security").toString()).as(operation)
				.isEqualTo(write ? "[{\"apiKey\":[]}]" : "[]");
			description.path("parameters")
				.forEach((parameter) -> assertThat(parameter.path("name").asString()).as(operation)
					.isNotEqualToIgnoringCase("X-API-Key"));
		});
	}

	@Test
	void theServerIsTheConfiguredPublicAddressNotTheHostThatAsked() {
		assertThat(this.document.path("servers").toString()).contains("\"url\":\"https://facts.example.org\"")
			.doesNotContain("localhost");
	}

	@Test
	void aTimeAsTheArticlePrintsItIsNoDateTimeButTheStoringInstantIs() {
		JsonNode document = this.document.path("components").path("schemas").path("DocumentSummary").path("properties");

		assertThat(document.path("publishedAt").path("format").asString()).isEqualTo("date-time-local");
		assertThat(document.path("storedAt").path("format").asString()).isEqualTo("date-time");
	}

	@Test
	void aProblemsInstanceIsAUriReference() {
		assertThat(this.document.at("/components/schemas/Problem/properties/instance/format").asString())
			.isEqualTo("uri-reference");
	}

	@Test
	void theExportHasOneOperationPerFormat() {
		assertThat(this.document.at("/paths/~1api~1export~1graph/get/responses/200/content").propertyNames())
			.containsExactly("application/ld+json");
		assertThat(this.document.at("/paths/~1api~1export~1csv/get/responses/200/content").propertyNames())
			.containsExactly("text/csv");
	}

	@Test
	void pagesBatchesAndOriginalsAreDescribedWithTheirMediaTypesAndProblems() {
		assertThat(this.document.at("/paths/~1api~1documents/post/requestBody/content").propertyNames())
			.containsExactly("application/json", "text/plain", "text/html", "application/xhtml+xml");
		assertThat(this.document.at("/paths/~1api~1documents/post/responses/422/content").propertyNames())
			.containsExactly("application/problem+json");
		assertThat(this.document.at("/paths/~1api~1documents~1batch/post/requestBody/content").propertyNames())
			.containsExactly("application/json", "application/x-ndjson");
		assertThat(this.document.at("/paths/~1api~1documents~1batch/post/responses").propertyNames())
			.contains("207", "400", "401", "403", "413", "415", "422");
		assertThat(this.document.at("/paths/~1api~1documents~1batch/post/responses/413/description").asString())
			.contains("csto.batch.max-bytes");
		assertThat(this.document.at("/paths/~1api~1documents~1batch/post/responses/422/description").asString())
			.contains("csto.batch.max-articles");
		assertThat(this.document.at("/paths/~1api~1documents~1{id}~1original/get/responses/200/content").propertyNames())
			.containsExactly("text/html", "application/xhtml+xml", "text/plain");
	}

}

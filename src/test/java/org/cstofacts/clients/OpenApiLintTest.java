package org.cstofacts.clients;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document as two widely used linters read it: Spectral with its {@code spectral:oas} rules and Redocly
 * with its {@code recommended} rules ({@code src/test/clients/.spectral.yaml} and {@code redocly.yaml}) find no
 * error in it. Their warnings are printed, not failed on.
 */
@LiveService
class OpenApiLintTest {

	@LocalServerPort
	private int port;

	@Test
	void spectralFindsNoErrorInTheDocument() throws IOException {
		NodeTools node = NodeTools.installed();
		Path work = documentIn(node.workFolder("spectral"), ".spectral.yaml");
		node.bin(work, "spectral", Duration.ofMinutes(5), "lint", "api-docs.json", "--ruleset", ".spectral.yaml",
				"--format", "json", "--output", "spectral.json", "--fail-severity", "error");

		List<String> errors = new ArrayList<>();
		int warnings = 0;
		for (JsonNode result : JsonMapper.shared().readTree(Files.readString(work.resolve("spectral.json")))) {
			if (result.path("severity").asInt() == 0) {
				errors.add(result.path("code").asString() + " at " + result.path("path") + ": "
						+ result.path("message").asString());
			}
			else {
				warnings++;
			}
		}
		System.out.printf("Spectral (spectral:oas) on /v3/api-docs: %d errors, %d warnings%n", errors.size(), warnings);
		assertThat(errors).as("Spectral errors").isEmpty();
	}

	@Test
	void redoclyFindsNoErrorInTheDocument() throws IOException {
		NodeTools node = NodeTools.installed();
		Path work = documentIn(node.workFolder("redocly"), "redocly.yaml");
		String report = node.bin(work, "redocly", Duration.ofMinutes(5), "lint", "api-docs.json", "--config",
				"redocly.yaml", "--format", "json").stdout();

		JsonNode result = JsonMapper.shared().readTree(report);
		List<String> errors = new ArrayList<>();
		for (JsonNode problem : result.path("problems")) {
			if ("error".equals(problem.path("severity").asString())) {
				errors.add(problem.path("ruleId").asString() + " at " + problem.path("location") + ": "
						+ problem.path("message").asString());
			}
		}
		System.out.printf("Redocly (recommended) on /v3/api-docs: %d errors, %d warnings%n",
				result.path("totals").path("errors").asInt(), result.path("totals").path("warnings").asInt());
		assertThat(result.path("totals").isObject()).as("Redocly's report: " + report).isTrue();
		assertThat(errors).as("Redocly errors").isEmpty();
	}

	/** The live document and the linter's configuration, in {@code work}. */
	private Path documentIn(Path work, String configuration) throws IOException {
		String document = RestClient.create("http://127.0.0.1:" + this.port).get().uri("/v3/api-docs").retrieve()
			.body(String.class);
		Files.writeString(work.resolve("api-docs.json"), document);
		Files.copy(NodeTools.SOURCES.resolve(configuration), work.resolve(configuration),
				StandardCopyOption.REPLACE_EXISTING);
		return work;
	}

}

package org.cstofacts.ops;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assumptions.assumeThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What operations may see of the running service: probes, build details and metrics, and nothing else. */
@SpringBootTest(properties = "csto.data-dir=target/no-articles")
@AutoConfigureMockMvc
class ActuatorTest {

	@Autowired
	private MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void healthAndBothProbesAreUpOnceStarted(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void infoNamesTheBuild() throws Exception {
		mvc.perform(get("/actuator/info"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.build.artifact").value("csto-facts"))
			.andExpect(jsonPath("$.build.version").isNotEmpty())
			.andExpect(jsonPath("$.build.time").isNotEmpty());
	}

	@Test
	void infoNamesTheCommitWhenBuiltFromAGitCheckout() throws Exception {
		assumeThat(new ClassPathResource("git.properties").exists()).as("built from a git checkout").isTrue();

		mvc.perform(get("/actuator/info"))
			.andExpect(jsonPath("$.git.commit.id").isNotEmpty())
			.andExpect(jsonPath("$.git.branch").isNotEmpty());
	}

	@Test
	void prometheusScrapesTheMetricsOfTheJvmThePoolAndTheRequests() throws Exception {
		mvc.perform(get("/api"));

		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")))
			.andExpect(content().string(containsString("hikaricp_connections")))
			.andExpect(content().string(containsString("http_server_requests_seconds_count")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
			"/actuator/metrics", "/actuator/loggers", "/actuator/mappings", "/actuator/heapdump",
			"/actuator/threaddump", "/actuator/flyway", "/actuator/conditions", "/actuator/scheduledtasks",
			"/actuator/sbom", "/actuator/health/db" })
	void nothingElseOfTheActuatorIsExposed(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isNotFound());
	}

	@Test
	void theServiceCannotBeShutDownOverHttp() throws Exception {
		mvc.perform(post("/actuator/shutdown")).andExpect(status().is4xxClientError());
	}

}

package org.cstofacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs in CI, so the image cannot be built there; this reads the Dockerfile for what the
 * image must have.
 */
class DockerfileTest {

	private static List<String> instructions;

	@BeforeAll
	static void readDockerfile() throws IOException {
		String text = Files.readString(Path.of("Dockerfile"));
		// Join continued lines so that each element is one whole instruction.
		instructions = text.replaceAll("\\\\\\r?\\n", " ")
			.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
	}

	private static List<String> instructionsOf(String keyword) {
		return instructions.stream().filter((line) -> line.toUpperCase().startsWith(keyword + " ")).toList();
	}

	@Test
	void buildsWithTheWrapperOnATemurin17JdkAndRunsOnATemurin25Jre() {
		List<String> stages = instructionsOf("FROM");

		assertThat(stages).hasSize(2);
		// Built where Java 17 users build (the jar targets --release 17), run where the AOT cache is available.
		assertThat(stages.get(0)).matches("FROM eclipse-temurin:17-jdk\\S* AS \\w+");
		assertThat(stages.get(1)).matches("FROM eclipse-temurin:25-jre\\S*");
		assertThat(instructionsOf("RUN")).anyMatch((run) -> run.contains("./mvnw") && run.contains("package"));
	}

	@Test
	void runsTheJarExtractedIntoLayers() {
		assertThat(instructionsOf("RUN")).anyMatch((run) -> run.contains("-Djarmode=tools")
				&& run.contains("extract") && run.contains("--layers"));
		assertThat(instructionsOf("COPY")).anyMatch((copy) -> copy.contains("--from=") && copy.contains("dependencies"))
			.anyMatch((copy) -> copy.contains("--from=") && copy.contains("application"));
		assertThat(instructionsOf("ENTRYPOINT")).singleElement().asString().contains("\"-jar\", \"app.jar\"");
	}

	@Test
	void startsTheAheadOfTimeContextFromAJdkAotCacheMadeByATrainingRunOnTheRuntimeImage() {
		int runtimeStage = instructions.indexOf(instructionsOf("FROM").get(1));
		List<String> training = instructionsOf("RUN").stream()
			.filter((run) -> run.contains("-XX:AOTCacheOutput=app.aot"))
			.toList();

		assertThat(training).singleElement()
			.asString()
			.contains("-Dspring.aot.enabled=true", "-Dspring.context.exit=onRefresh", "-jar app.jar",
					"--spring.datasource.url=jdbc:h2:mem:");
		assertThat(instructions.indexOf(training.get(0))).isGreaterThan(runtimeStage);
		// The cache is only valid for the class path it was made with: the jar the entry point runs.
		assertThat(instructions.indexOf(training.get(0)))
			.isGreaterThan(instructions.indexOf(instructionsOf("COPY").stream()
				.filter((copy) -> copy.contains("application"))
				.findFirst()
				.orElseThrow()));
		assertThat(instructionsOf("ENTRYPOINT")).singleElement()
			.asString()
			.contains("\"-XX:AOTCache=app.aot\"", "\"-Dspring.aot.enabled=true\"");
		assertThat(String.join("\n", instructions)).doesNotContain("SharedArchiveFile", "ArchiveClassesAtExit");
	}

	@Test
	void opensTheManagementPortToTheContainersNetworkSoThatProbesFromOutsideReachIt() {
		assertThat(instructionsOf("ENV")).anyMatch((env) -> env.contains("MANAGEMENT_SERVER_ADDRESS=0.0.0.0"));
		assertThat(instructionsOf("EXPOSE")).noneMatch((expose) -> expose.contains("8081"));
	}

	@Test
	void runsAsAnUnprivilegedUser() {
		List<String> users = instructionsOf("USER");

		assertThat(users).isNotEmpty();
		String lastUser = users.get(users.size() - 1).substring("USER ".length()).strip();
		assertThat(lastUser).doesNotMatch("(root|0)(:.*)?");
		assertThat(instructions.indexOf(users.get(users.size() - 1)))
			.isGreaterThan(instructions.indexOf(instructionsOf("FROM").get(1)));
	}

	@Test
	void exposesPort8080AndChecksLivenessOnTheManagementPort() {
		assertThat(instructionsOf("EXPOSE")).containsExactly("EXPOSE 8080");
		assertThat(instructionsOf("HEALTHCHECK")).singleElement()
			.asString()
			.containsPattern(Pattern.compile("CMD .*(curl|wget).*http://127\\.0\\.0\\.1:8081/actuator/health/liveness"));
	}

	@Test
	void shipsTheSeedDataAndPointsTheServiceAtIt() {
		assertThat(instructionsOf("COPY")).anyMatch((copy) -> copy.matches("COPY data/? \\S*data/?"));
		assertThat(instructionsOf("ENV")).anyMatch((env) -> env.contains("CSTO_DATA_DIR="));
	}

}

package org.cstofacts.postgres;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as shipped, on PostgreSQL: the seed of {@code data/} loaded, read back exactly as the embedded H2
 * serves it, and an article ingested and deleted over HTTP.
 */
class PostgresFullStackTest {

	/** Every read of the API whose answer must not depend on the database. */
	static final List<String> READS = List.of("/api/countries?size=100", "/api/countries?member=true",
			"/api/member-states", "/api/people?size=100", "/api/people?sort=name,desc", "/api/events",
			"/api/summits", "/api/timeline", "/api/statements?size=100", "/api/statements?kind=QUOTE",
			"/api/conflicts", "/api/search?q=security", "/api/search?q=president", "/api/export?collection=people");

	private static String schema;

	private static RunningInstance postgres;

	@BeforeAll
	static void startOnAFreshDatabase() {
		schema = PostgresServer.createSchema();
		postgres = RunningInstance.start(Map.of("csto.data-dir", "data", "csto.test.postgres.schema", schema));
	}

	@AfterAll
	static void stop() {
		postgres.close();
		PostgresServer.dropSchema(schema);
	}

	@Test
	void theSeedReadsBackFromPostgresExactlyAsFromTheEmbeddedH2() {
		try (RunningInstance h2 = RunningInstance.start(Map.of("csto.data-dir", "data", "csto.test.postgres.skip",
				"true", "spring.datasource.url", "jdbc:h2:mem:" + UUID.randomUUID(), "spring.datasource.username", "sa",
				"spring.datasource.password", ""))) {
			assertThat(postgres.get("/api").body()).contains("\"documents\":1");
			for (String read : READS) {
				HttpResponse<String> fromPostgres = postgres.get(read);
				assertThat(fromPostgres.statusCode()).as(read).isEqualTo(200);
				assertThat(withoutPort(fromPostgres.body())).as(read).isEqualTo(withoutPort(h2.get(read).body()));
			}
			assertThat(postgres.get("/api/export?collection=statements", "Accept", "text/csv").body())
				.isEqualTo(h2.get("/api/export?collection=statements", "Accept", "text/csv").body());
		}
	}

	/** Links are absolute, and each instance has a port of its own. */
	private static String withoutPort(String body) {
		return body.replaceAll("//127\\.0\\.0\\.1:\\d+/", "//127.0.0.1/");
	}

	@Test
	void anArticleIsIngestedReadBackAndDeletedLeavingTheSeedAsItWas() throws IOException {
		ServedFacts seed = ServedFacts.of(postgres);
		String article = Files.readString(Path.of("src/test/resources/articles/genre-astana-2024-11-28.txt"));
		String peopleTag = postgres.get("/api/people").headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> created = postgres.postText("/api/documents", article);
		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(postgres.postText("/api/documents", article).statusCode()).isEqualTo(200);
		HttpResponse<String> stored = postgres.get(location);
		assertThat(stored.statusCode()).isEqualTo(200);
		assertThat(stored.body()).contains("\"contentSha256\"");
		assertThat(ServedFacts.of(postgres).counts()).containsEntry("documents", 2L);
		assertThat(postgres.get("/api/people", "If-None-Match", peopleTag).statusCode()).isEqualTo(200);

		assertThat(postgres.delete(location).statusCode()).isEqualTo(204);
		assertThat(postgres.get(location).statusCode()).isEqualTo(404);
		assertThat(ServedFacts.of(postgres)).isEqualTo(seed);
	}

}

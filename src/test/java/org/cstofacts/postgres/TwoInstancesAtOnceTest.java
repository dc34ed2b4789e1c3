package org.cstofacts.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances of the service on one PostgreSQL database, as compose.yaml runs them: whatever the timing,
 * they serve the facts one instance alone serves from the same articles, stored once, without an error.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwoInstancesAtOnceTest {

	static final Path ARTICLES = Path.of("src/test/resources/articles");

	private static ServedFacts alone;

	private static long articleCount;

	private final ExecutorService starter = Executors.newFixedThreadPool(2);

	private String schema;

	@BeforeAll
	static void serveTheArticlesWithOneInstance() throws IOException {
		String schema = PostgresServer.createSchema();
		try (RunningInstance instance = RunningInstance
			.start(Map.of("csto.data-dir", ARTICLES.toString(), "csto.test.postgres.schema", schema))) {
			alone = ServedFacts.of(instance);
		}
		finally {
			PostgresServer.dropSchema(schema);
		}
		try (Stream<Path> files = Files.list(ARTICLES)) {
			articleCount = files.filter(file -> file.toString().endsWith(".txt")).count();
		}
	}

	@BeforeEach
	void freshDatabase() {
		schema = PostgresServer.createSchema();
	}

	@AfterEach
	void dropDatabase() {
		starter.shutdownNow();
		PostgresServer.dropSchema(schema);
	}

	@Test
	void twoInstancesStartingAtOnceOnAFreshDatabaseLoadEveryArticleOnceAndShareOneDataVersion(CapturedOutput output)
			throws InterruptedException {
		List<RunningInstance> instances = startAtOnce(Map.of("csto.data-dir", ARTICLES.toString()));
		try (RunningInstance first = instances.get(0); RunningInstance second = instances.get(1)) {
			assertThat(ServedFacts.of(first)).isEqualTo(alone);
			assertThat(ServedFacts.of(second)).isEqualTo(alone);
			assertThat(alone.counts()).containsEntry("documents", articleCount);

			String tagOfFirst = first.get("/api/people").headers().firstValue("ETag").orElseThrow();
			assertThat(second.get("/api/people", "If-None-Match", tagOfFirst).statusCode()).isEqualTo(304);
			String location = first.postText("/api/documents", "A Title\n\nA text no article has.\n")
				.headers()
				.firstValue("Location")
				.orElseThrow();
			// The second instance reads the new version once the one it holds is older than its max age (100 ms).
			Thread.sleep(200);
			assertThat(second.get("/api/people", "If-None-Match", tagOfFirst).statusCode()).isEqualTo(200);
			assertThat(second.delete(location).statusCode()).isEqualTo(204);
		}
		assertThat(output.getAll()).doesNotContain("Skipped ").doesNotContain(" ERROR ");
	}

	@Test
	void afterAnExtractorUpgradeTwoInstancesStartingAtOnceReadEachArticleAgainOnce(CapturedOutput output)
			throws SQLException {
		try (RunningInstance earlier = startOn(Map.of("csto.data-dir", ARTICLES.toString()))) {
			assertThat(ServedFacts.of(earlier)).isEqualTo(alone);
		}
		execute("update document set extractor_version = 'an-earlier-extractor'");
		int outputBefore = output.getAll().length();

		List<RunningInstance> instances = startAtOnce(Map.of("csto.data-dir", ARTICLES.toString()));
		try (RunningInstance first = instances.get(0); RunningInstance second = instances.get(1)) {
			assertThat(ServedFacts.of(first)).isEqualTo(alone);
			assertThat(ServedFacts.of(second)).isEqualTo(alone);
		}
		String restart = output.getAll().substring(outputBefore);
		assertThat(restart.lines().filter(line -> line.contains("Rebuilt document ")).distinct()).hasSize((int) articleCount);
		assertThat(restart).doesNotContain("Skipped ").doesNotContain(" ERROR ");
	}

	@Test
	void articlesPostedToTwoInstancesAtOnceMergeAsIfOneInstanceHadStoredThem() throws Exception {
		List<String> texts;
		try (Stream<Path> files = Files.list(ARTICLES)) {
			texts = files.filter(file -> file.toString().endsWith(".txt")).sorted().map(TwoInstancesAtOnceTest::text).toList();
		}
		List<String> backwards = new ArrayList<>(texts);
		Collections.reverse(backwards);
		List<RunningInstance> instances = startAtOnce(Map.of("csto.data-dir", "target/no-articles"));
		try (RunningInstance first = instances.get(0); RunningInstance second = instances.get(1)) {
			CountDownLatch go = new CountDownLatch(1);
			Function<Integer, CompletableFuture<List<Integer>>> postEvery = (offset) -> CompletableFuture.supplyAsync(() -> {
				RunningInstance instance = (offset == 0) ? first : second;
				await(go);
				// Each posts every article, starting at the other end: same texts and shared people meet at once.
				return (offset == 0 ? texts : backwards).stream()
					.map(text -> instance.postText("/api/documents", text).statusCode())
					.toList();
			}, starter);
			CompletableFuture<List<Integer>> fromFirst = postEvery.apply(0);
			CompletableFuture<List<Integer>> fromSecond = postEvery.apply(1);
			go.countDown();

			assertThat(Stream.concat(fromFirst.get().stream(), fromSecond.get().stream())).containsOnly(200, 201)
				.filteredOn(status -> status == 201)
				.hasSize(texts.size());
			assertThat(ServedFacts.of(first)).isEqualTo(alone);
			assertThat(ServedFacts.of(second)).isEqualTo(alone);
		}
	}

	/**
	 * Both instances work on the database at once. Their logging is set up one after the other: the two contexts
	 * share this JVM's Logback, whose set-up is not thread-safe (a start failed with "Unable to find Spring Environment
	 * in logger context"), and it ends well before either touches the database.
	 */
	private List<RunningInstance> startAtOnce(Map<String, String> settings) {
		CountDownLatch firstLogging = new CountDownLatch(1);
		CompletableFuture<RunningInstance> first = CompletableFuture
			.supplyAsync(() -> startOn(settings, firstLogging::countDown), starter);
		await(firstLogging);
		CompletableFuture<RunningInstance> second = CompletableFuture.supplyAsync(() -> startOn(settings), starter);
		return Stream.of(first, second).map(CompletableFuture::join).toList();
	}

	private RunningInstance startOn(Map<String, String> settings) {
		return startOn(settings, () -> {
		});
	}

	private RunningInstance startOn(Map<String, String> settings, Runnable loggingReady) {
		Map<String, String> onThisDatabase = new HashMap<>(settings);
		onThisDatabase.put("csto.test.postgres.schema", schema);
		return RunningInstance.start(onThisDatabase, loggingReady);
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(PostgresServer.urlOf(schema), PostgresServer.username(),
				PostgresServer.password()); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String text(Path article) {
		try {
			return Files.readString(article);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	private static void await(CountDownLatch go) {
		try {
			if (!go.await(60, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Waited a minute in vain");
			}
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

}

package org.cstofacts.database;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.cstofacts.CstoFactsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What the service promises while its database is away and once it is back (issue 13), on every database it
 * serves: the whole service on a free port, its database behind a {@link DatabaseLink} that each test cuts.
 * <ul>
 * <li>liveness answers at once, readiness goes DOWN within seconds and UP again once the database is back;</li>
 * <li>writes fail fast with a 503 problem that says when to retry, and are stored once the database is back;</li>
 * <li>reads the service answered before are answered from memory, marked stale; others fail fast with a 503;</li>
 * <li>no write answered 201 is lost, none is stored twice, and the service recovers without a restart.</li>
 * </ul>
 * "Fast" is checked against the HTTP client's timeout: an answer that waited for the pool's former 30 s, or for a
 * database that never answers, fails the test; an answer within seconds passes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseOutageBehaviour {

	protected static final String API_KEY = "outage-key";

	/** Far below the 30 s of a request that waits for the pool, far above what a loaded machine takes to fail. */
	private static final Duration FAIL_FAST = Duration.ofSeconds(15);

	/** What an orchestrator's liveness probe typically allows. */
	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

	private static final Duration STATE_CHANGE = Duration.ofSeconds(20);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	protected DatabaseLink link;

	private ConfigurableApplicationContext service;

	private URI api;

	private URI management;

	/** A link to a database of the test's own, which the test may break. */
	protected abstract DatabaseLink openLink() throws Exception;

	/** The settings that point the service at the database through the link, beyond port and key. */
	protected abstract Map<String, String> databaseSettings(int linkPort);

	protected void dropDatabase() {
	}

	@BeforeAll
	void startTheServiceBehindTheLink() throws Exception {
		this.link = openLink();
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
				"--csto.api-key=" + API_KEY, "--csto.data-dir=data", "--spring.jmx.enabled=false"));
		databaseSettings(this.link.port()).forEach((name, value) -> arguments.add("--" + name + "=" + value));
		this.service = new SpringApplicationBuilder(CstoFactsApplication.class).run(arguments.toArray(String[]::new));
		this.api = URI.create("http://127.0.0.1:" + this.service.getEnvironment().getProperty("local.server.port"));
		this.management = URI
			.create("http://127.0.0.1:" + this.service.getEnvironment().getProperty("local.management.port"));
	}

	@AfterEach
	void bringTheDatabaseBack() throws Exception {
		this.link.restore();
		awaitReadiness(200);
	}

	@AfterAll
	void stop() {
		if (this.service != null) {
			this.service.close();
		}
		if (this.link != null) {
			this.link.close();
		}
		dropDatabase();
	}

	@Test
	void livenessAnswersAtOnceAndReadinessIsDownWhileTheDatabaseIsAwayAndUpOnceItIsBack() throws Exception {
		this.link.cut();

		awaitReadiness(503);
		for (int probe = 0; probe < 10; probe++) {
			HttpResponse<String> liveness = send(get(this.management, "/actuator/health/liveness"), PROBE_TIMEOUT);
			assertThat(liveness.statusCode()).isEqualTo(200);
			assertThat(liveness.body()).contains("\"status\":\"UP\"");
		}

		this.link.restore();
		awaitReadiness(200);
		assertThat(send(get(this.api, "/api"), FAIL_FAST).statusCode()).isEqualTo(200);
	}

	@Test
	void aWriteIsRefusedFastWithA503ProblemSayingWhenToRetryAndIsStoredOnceTheDatabaseIsBack() throws Exception {
		String article = article("refused while away");
		this.link.cut();

		assertDatabaseUnavailable(send(post(article), FAIL_FAST));
		awaitReadiness(503);
		assertDatabaseUnavailable(send(post(article), FAIL_FAST));
		assertDatabaseUnavailable(send(HttpRequest.newBuilder(this.api.resolve("/api/documents/1"))
			.header("X-API-Key", API_KEY)
			.DELETE(), FAIL_FAST));

		this.link.restore();
		awaitReadiness(200);
		assertThat(send(post(article), FAIL_FAST).statusCode()).isEqualTo(201);
	}

	@Test
	void readsAnsweredBeforeAreAnsweredFromMemoryMarkedStaleAndOthersFailFastWith503() throws Exception {
		HttpResponse<String> before = send(get(this.api, "/api/member-states"), FAIL_FAST);
		assertThat(before.statusCode()).isEqualTo(200);
		assertThat(before.headers().firstValue("Cache-Status")).isEmpty();
		String etag = before.headers().firstValue("ETag").orElseThrow();
		this.link.cut();
		awaitReadiness(503);

		HttpResponse<String> held = send(get(this.api, "/api/member-states"), FAIL_FAST);
		assertThat(held.statusCode()).isEqualTo(200);
		assertThat(held.body()).isEqualTo(before.body());
		assertThat(held.headers().firstValue("ETag")).hasValue(etag);
		assertThat(held.headers().firstValue("Cache-Status")).hasValueSatisfying(
				(status) -> assertThat(status).startsWith("csto-facts; hit; ttl=-").endsWith("detail=database-unavailable"));
		HttpResponse<String> revalidated = send(get(this.api, "/api/member-states").header("If-None-Match", etag),
				FAIL_FAST);
		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.headers().firstValue("Cache-Status")).isPresent();
		assertDatabaseUnavailable(send(get(this.api, "/api/statements?q=" + UUID.randomUUID()), FAIL_FAST));

		this.link.restore();
		awaitReadiness(200);
		awaitAnswer("/api/member-states without Cache-Status",
				(answer) -> answer.statusCode() == 200 && answer.headers().firstValue("Cache-Status").isEmpty());
	}

	/** Under writes the version changes often; a read answered before the last of them is still answered. */
	@Test
	void aReadAnsweredBeforeTheLastWriteIsStillAnsweredWhileTheDatabaseIsAway() throws Exception {
		HttpResponse<String> before = send(get(this.api, "/api/people"), FAIL_FAST);
		assertThat(before.statusCode()).isEqualTo(200);
		assertThat(send(post(article("written just before the outage")), FAIL_FAST).statusCode()).isEqualTo(201);
		this.link.cut();
		awaitReadiness(503);

		HttpResponse<String> held = send(get(this.api, "/api/people"), FAIL_FAST);

		assertThat(held.statusCode()).isEqualTo(200);
		assertThat(held.body()).isEqualTo(before.body());
		assertThat(held.headers().firstValue("Cache-Status")).hasValueSatisfying(
				(status) -> assertThat(status).endsWith("detail=database-unavailable"));
	}

	@Test
	void noWriteAnswered201IsLostAndNoneIsStoredTwiceAcrossAnOutage() throws Exception {
		Map<String, Long> created = new ConcurrentHashMap<>();
		Set<String> refused = ConcurrentHashMap.newKeySet();
		List<Integer> unexpected = new ArrayList<>();
		AtomicBoolean writing = new AtomicBoolean(true);
		ExecutorService writers = Executors.newFixedThreadPool(4);
		List<Future<?>> posting = new ArrayList<>();
		for (int writer = 0; writer < 4; writer++) {
			posting.add(writers.submit(() -> {
				while (writing.get()) {
					String article = article("posted across an outage");
					HttpResponse<String> answer = sendQuietly(post(article));
					int status = (answer != null) ? answer.statusCode() : -1;
					if (status == 201) {
						created.put(article, JSON.readTree(answer.body()).path("id").asLong());
					}
					else if (status == 503) {
						refused.add(article);
					}
					else {
						synchronized (unexpected) {
							unexpected.add(status);
						}
					}
				}
				return null;
			}));
		}
		Thread.sleep(1500);
		this.link.cut();
		Thread.sleep(4000);
		this.link.restore();
		awaitReadiness(200);
		Thread.sleep(1500);
		writing.set(false);
		for (Future<?> writer : posting) {
			writer.get(1, TimeUnit.MINUTES);
		}
		writers.shutdown();

		assertThat(unexpected).as("answers other than 201 and 503").isEmpty();
		assertThat(refused).as("writes refused while the database was away").isNotEmpty();
		for (Map.Entry<String, Long> article : created.entrySet()) {
			HttpResponse<String> stored = send(get(this.api, "/api/documents/" + article.getValue()), FAIL_FAST);
			assertThat(stored.statusCode()).isEqualTo(200);
			assertThat(JSON.readTree(stored.body()).path("text").asString()).isEqualTo(article.getKey());
		}
		// A refused write may have been committed just as the link broke: sent again, it is stored once.
		for (String article : refused) {
			assertThat(send(post(article), FAIL_FAST).statusCode()).isIn(200, 201);
		}
		Set<String> titles = new HashSet<>();
		created.keySet().forEach((article) -> titles.add(titleOf(article)));
		refused.forEach((article) -> titles.add(titleOf(article)));
		assertThat(storedTitles("posted across an outage")).containsExactlyInAnyOrderElementsOf(titles);
	}

	/** The titles of the stored articles that hold these words, each as often as it is stored. */
	private List<String> storedTitles(String words) throws Exception {
		List<String> titles = new ArrayList<>();
		int pages = 1;
		for (int number = 0; number < pages; number++) {
			JsonNode page = JSON
				.readTree(send(get(this.api, "/api/documents?size=100&page=" + number), FAIL_FAST).body());
			pages = page.path("page").path("totalPages").asInt();
			for (JsonNode document : page.path("content")) {
				if (document.path("title").asString().contains(words)) {
					titles.add(document.path("title").asString());
				}
			}
		}
		return titles;
	}

	protected final void awaitReadiness(int status) throws Exception {
		long deadline = System.nanoTime() + STATE_CHANGE.toNanos();
		while (true) {
			HttpResponse<String> readiness = sendQuietly(get(this.management, "/actuator/health/readiness"));
			if (readiness != null && readiness.statusCode() == status) {
				return;
			}
			if (System.nanoTime() > deadline) {
				fail("Readiness did not answer %d within %s", status, STATE_CHANGE);
			}
			Thread.sleep(100);
		}
	}

	private void awaitAnswer(String description, Predicate<HttpResponse<String>> expected) throws Exception {
		long deadline = System.nanoTime() + STATE_CHANGE.toNanos();
		while (!expected.test(send(get(this.api, "/api/member-states"), FAIL_FAST))) {
			if (System.nanoTime() > deadline) {
				fail("No %s within %s", description, STATE_CHANGE);
			}
			Thread.sleep(100);
		}
	}

	protected static void assertDatabaseUnavailable(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(503);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(answer.body()).contains("\"type\":\"urn:problem-type:csto-facts:database-unavailable\"")
			.contains("\"status\":503")
			.doesNotContain("jdbc")
			.doesNotContain("Exception");
	}

	protected final HttpRequest.Builder get(URI base, String pathAndQuery) {
		return HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET();
	}

	protected final HttpRequest.Builder post(String article) {
		return HttpRequest.newBuilder(this.api.resolve("/api/documents"))
			.header("Content-Type", "text/plain; charset=UTF-8")
			.header("X-API-Key", API_KEY)
			.POST(HttpRequest.BodyPublishers.ofString(article));
	}

	protected final URI api() {
		return this.api;
	}

	protected final URI management() {
		return this.management;
	}

	/** Sends the request and fails the test if no answer comes within the timeout. */
	protected final HttpResponse<String> send(HttpRequest.Builder request, Duration timeout) throws Exception {
		try {
			return this.client.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException noAnswer) {
			throw new AssertionError("No answer to " + request.build().uri() + " within " + timeout, noAnswer);
		}
	}

	private HttpResponse<String> sendQuietly(HttpRequest.Builder request) {
		try {
			return this.client.send(request.timeout(FAIL_FAST).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException noAnswer) {
			return null;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** An article no other has: its title is its first line. */
	protected static String article(String what) {
		return "An Article " + what + " " + UUID.randomUUID() + "\n\nA text " + what + ".\n";
	}

	private static String titleOf(String article) {
		return article.lines().findFirst().orElseThrow();
	}

}

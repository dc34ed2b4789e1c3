package org.cstofacts.hardening;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles {@link PostBodyPropertiesTest} found to fail with a 500: a first line of thousands of characters (read as
 * the title, whose column is bounded), and a garbled title whose quoted words the extractor could not give a
 * speaker. Such articles are stored: labels cut to fit, the text whole, statements without a speaker left out.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "csto.data-dir=target/no-articles", "csto.api-key=odd-articles-key" })
class OddArticlesAreStoredTest {

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void anArticleWithAVeryLongFirstLineIsStoredWithItsWholeTitle() throws Exception {
		String text = "Leaders met ".repeat(400) + "\n\nThe leaders met in the capital.\n";

		HttpResponse<String> answer = post("text/plain", text);

		assertThat(answer.statusCode()).isEqualTo(201);
		JsonNode document = RunningService.json(answer.body());
		assertThat(document.path("title").asString()).isEqualTo(text.lines().findFirst().orElseThrow().strip());
		JsonNode stored = RunningService.json(get(answer.headers().firstValue("Location").orElseThrow()).body());
		assertThat(stored.path("text").asString()).isEqualTo(text);
	}

	@Test
	void aVeryLongSourceNameIsStoredWhole() throws Exception {
		String body = "{\"text\":\"Leaders Meet\\n\\nThe leaders met.\",\"sourceName\":\"" + "s".repeat(3000) + "\"}";

		HttpResponse<String> answer = post("application/json", body);

		assertThat(answer.statusCode()).isEqualTo(201);
		assertThat(RunningService.json(answer.body()).path("sourceName").asString()).hasSize(3000);
	}

	@Test
	void anArticleWithQuotedWordsNobodyIsSaidToSpeakIsStoredWithTheStatementsThatHaveASpeaker() throws Exception {
		String article;
		try (var in = getClass().getResourceAsStream("/articles/csto-summit-2017-11-30.txt")) {
			article = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		String garbled = "' OR '1'='1" + article.substring(1);

		HttpResponse<String> answer = post("text/plain", garbled);

		assertThat(answer.statusCode()).isEqualTo(201);
		JsonNode statements = RunningService.json(get("/api/statements?size=100").body()).path("content");
		assertThat(statements.size()).isPositive();
		for (JsonNode statement : statements) {
			assertThat(statement.path("speaker").path("id").asString("")).isNotBlank();
		}
	}

	private HttpResponse<String> post(String contentType, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents"))
			.header("Content-Type", contentType)
			.header("X-API-Key", "odd-articles-key")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

}

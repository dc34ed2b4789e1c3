package org.cstofacts.hardening;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.cstofacts.CstoFactsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service on a free port of the loopback, with the shipped article loaded and writes enabled, spoken
 * to over real HTTP: hostile input meets Tomcat, the filters and the error handling exactly as a client's does.
 * Each randomized test class starts one of these itself and sends it many requests.
 */
final class RunningService implements AutoCloseable {

	static final String API_KEY = "hardening-key";

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ConfigurableApplicationContext context;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private final String base;

	private RunningService(ConfigurableApplicationContext context) {
		this.context = context;
		this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
	}

	static RunningService start() {
		return new RunningService(new SpringApplicationBuilder(CstoFactsApplication.class).properties(
				"server.port=0", "server.address=127.0.0.1", "csto.data-dir=data", "csto.api-key=" + API_KEY,
				"spring.datasource.url=jdbc:h2:mem:hardening-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"logging.level.root=WARN", "logging.level.org.cstofacts=ERROR")
			.run());
	}

	/** {@code pathAndQuery} must already be a valid URI reference (percent-encoded). */
	HttpResponse<String> get(String pathAndQuery, String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + pathAndQuery)).timeout(TIMEOUT);
		if (accept != null) {
			request.header("Accept", accept);
		}
		return send(request.GET().build());
	}

	HttpResponse<String> post(String path, byte[] body, String contentType, String apiKey) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(TIMEOUT)
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (apiKey != null) {
			request.header("X-API-Key", apiKey);
		}
		return send(request.build());
	}

	long storedDocuments() {
		HttpResponse<String> index = get("/api", "application/json");
		assertThat(index.statusCode()).isEqualTo(200);
		return json(index.body()).path("counts").path("documents").asLong(-1);
	}

	static JsonNode json(String body) {
		return JSON.readTree(body);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("No answer to " + request.method() + " " + request.uri(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

}

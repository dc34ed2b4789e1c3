package org.cstofacts.hardening;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The basics of issue 7 that no feature test covers: nothing names the server software, the H2 console is not
 * served, requests past the size limits are refused with a problem, and a multipart body (which the API does not
 * take, and whose parse failed as a 500 before) is a 415.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "csto.data-dir=target/no-articles", "csto.api-key=basics-key" })
class SecurityBasicsTest {

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void noAnswerNamesTheServerSoftware() throws Exception {
		for (String path : new String[] { "/api", "/api/nothing-here", "/api/people/%20", "/api/documents/x" }) {
			HttpResponse<String> answer = get(path, "X-Any", "1");

			assertThat(answer.headers().firstValue("Server")).as("Server header of %s", path).isEmpty();
			assertThat(answer.headers().firstValue("X-Powered-By")).as("X-Powered-By of %s", path).isEmpty();
			assertThat(answer.body()).as("answer to %s", path).doesNotContainIgnoringCase("tomcat");
		}
	}

	@Test
	void theH2ConsoleIsNotServed() throws Exception {
		assertThat(get("/h2-console", "X-Any", "1").statusCode()).isEqualTo(404);
		assertThat(get("/h2-console/login.jsp", "X-Any", "1").statusCode()).isEqualTo(404);
	}

	@Test
	void headersPastTheLimitAreRefusedWithAProblem() throws Exception {
		HttpResponse<String> answer = get("/api", "X-Padding", "a".repeat(20 * 1024));

		assertThat(answer.statusCode()).isBetween(400, 499);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void aBodyPastTheLimitIsA413ProblemAndStoresNothing() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri("/api/documents"))
			.header("Content-Type", "text/plain")
			.header("X-API-Key", "basics-key")
			.POST(HttpRequest.BodyPublishers.ofString("a".repeat(1024 * 1024 + 1)))
			.build();

		HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(get("/api", "X-Any", "1").body()).contains("\"documents\":0");
	}

	@Test
	void aMultipartBodyIsA415ProblemNotAFailedParse() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri("/api/documents"))
			.header("Content-Type", "multipart/form-data")
			.header("X-API-Key", "basics-key")
			.POST(HttpRequest.BodyPublishers.ofString("--x\r\nnot really multipart"))
			.build();

		HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(415);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	private HttpResponse<String> get(String path, String header, String value) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri(path)).header(header, value).GET().build();
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

}

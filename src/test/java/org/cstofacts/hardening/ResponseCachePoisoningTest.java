package org.cstofacts.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attempts to make the cache of answers serve one client what another asked for, or an answer name a host the
 * client chose. An attacker names another host, through {@code Host} or, behind a proxy whose forwarded headers the
 * service trusts (as Spring Boot does by default on Kubernetes: {@code server.forward-headers-strategy=native}),
 * through {@code X-Forwarded-Host} (issue 13 found every later client of the JSON-LD export served the attacker's
 * host until the next write). No answer depends on the host, the API key or {@code Accept-Encoding}, which is why the
 * key of the cache leaves them out. Formula cells: {@code CsvInjectionTest}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "csto.data-dir=data", "csto.api-key=" + ResponseCachePoisoningTest.API_KEY,
				"server.forward-headers-strategy=native", "server.compression.enabled=true",
				"server.compression.min-response-size=1" })
class ResponseCachePoisoningTest {

	static final String API_KEY = "poisoning-key";

	private static final String ATTACKER = "attacker.example";

	/** Every read whose answer could carry a link, each asked with the media type that would carry it. */
	private static final List<String[]> READS = List.of(new String[] { "/api/export/graph", "application/ld+json" },
			new String[] { "/api/export", "application/ld+json" }, new String[] { "/api", "application/json" },
			new String[] { "/api/documents", "application/json" }, new String[] { "/api/people", "application/json" },
			new String[] { "/v3/api-docs", "application/json" });

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@ValueSource(strings = { "Host: " + ATTACKER, "X-Forwarded-Host: " + ATTACKER })
	void aRequestNamingAnotherHostDoesNotChangeWhatOtherClientsAreServed(String forged) throws IOException {
		for (String[] read : READS) {
			String query = "?poisoning=" + forged.charAt(0);
			exchange(read[0] + query, read[1], forged);

			String served = exchange(read[0] + query, read[1]);

			assertThat(served).as("GET %s after a request with %s", read[0], forged).startsWith("HTTP/1.1 200")
				.doesNotContain(ATTACKER);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "Host: " + ATTACKER, "X-Forwarded-Host: " + ATTACKER })
	void noAnswerNamesTheHostARequestGave(String forged) throws IOException {
		for (String[] read : READS) {
			String answer = exchange(read[0] + "?asked-by=attacker", read[1], forged);

			assertThat(answer).as("GET %s with %s", read[0], forged)
				.startsWith("HTTP/1.1 200")
				.doesNotContain(ATTACKER);
		}
	}

	@Test
	void readsAreTheSameWhateverApiKeyTheyCarrySoTheKeyOfTheCacheLeavesItOut() throws Exception {
		for (String[] read : READS.subList(0, 5)) {
			HttpResponse<byte[]> withTheKey = get(read[0] + "?key=", read[1], "X-API-Key", API_KEY);
			HttpResponse<byte[]> withAWrongKey = get(read[0] + "?key=", read[1], "X-API-Key", "not-the-key");
			HttpResponse<byte[]> withoutAKey = get(read[0] + "?key=", read[1], "X-Any", "1");

			assertThat(withTheKey.statusCode()).as(read[0]).isEqualTo(200);
			assertThat(withAWrongKey.body()).as(read[0]).isEqualTo(withTheKey.body());
			assertThat(withoutAKey.body()).as(read[0]).isEqualTo(withTheKey.body());
		}
	}

	/**
	 * Tomcat compresses below the filters, and never an answer with a strong ETag, which every kept answer has: a
	 * client asking for gzip and one that does not are served the same bytes, even with compression on.
	 */
	@Test
	void whetherAClientAcceptsGzipChangesNoAnswerOfTheApi() throws Exception {
		HttpResponse<byte[]> gzipAccepted = get("/api/member-states?encoding=", "application/json", "Accept-Encoding",
				"gzip");
		HttpResponse<byte[]> plain = get("/api/member-states?encoding=", "application/json", "X-Any", "1");

		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(new String(plain.body(), StandardCharsets.UTF_8)).startsWith("{\"content\":[");
		assertThat(gzipAccepted.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(gzipAccepted.body()).isEqualTo(plain.body());
	}

	private HttpResponse<byte[]> get(String pathAndQuery, String accept, String... headers) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + pathAndQuery))
			.header("Accept", accept)
			.headers(headers)
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Sends a GET through a socket (an HTTP client would not let a test forge {@code Host}) and reads the answer. */
	private String exchange(String pathAndQuery, String accept, String... headers) throws IOException {
		StringBuilder request = new StringBuilder("GET ").append(pathAndQuery).append(" HTTP/1.1\r\n");
		boolean hostGiven = headers.length > 0 && headers[0].startsWith("Host:");
		if (!hostGiven) {
			request.append("Host: localhost:").append(this.port).append("\r\n");
		}
		request.append("Accept: ").append(accept).append("\r\nConnection: close\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		request.append("\r\n");
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}

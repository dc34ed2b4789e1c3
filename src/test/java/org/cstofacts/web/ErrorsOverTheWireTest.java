package org.cstofacts.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failures the servlet container handles itself, outside any controller, checked through a real socket so
 * that nothing (not even the HTTP client) tidies up what Tomcat sends.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:web-errors-over-the-wire")
@ExtendWith(OutputCaptureExtension.class)
class ErrorsOverTheWireTest {

	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@LocalServerPort
	private int port;

	@Test
	void malformedUriIsAProblemNotTomcatsHtmlPage() throws IOException {
		String answer = exchange("GET /api/%zz HTTP/1.1", "", "Accept: " + BROWSER_ACCEPT);

		assertThat(answer).startsWith("HTTP/1.1 400");
		assertProblem(answer, 400);
	}

	@Test
	void unknownPathAskedForByABrowserIsA404Problem() throws IOException {
		String answer = exchange("GET /api/nothing-here HTTP/1.1", "", "Accept: " + BROWSER_ACCEPT);

		assertThat(answer).startsWith("HTTP/1.1 404");
		assertProblem(answer, 404);
		assertThat(answer).contains("\"instance\":\"/api/nothing-here\"");
	}

	/** Asked for directly, the error path is a path like any other: nobody's error, so no 5xx and no ERROR log. */
	@ParameterizedTest
	@ValueSource(strings = { "GET", "POST", "DELETE" })
	void theErrorPathAskedForDirectlyIsA404ProblemAndLogsNoError(String method, CapturedOutput output)
			throws IOException {
		String answer = exchange(method + " /error HTTP/1.1", "", "Accept: " + BROWSER_ACCEPT, "Content-Length: 0");

		assertThat(answer).startsWith("HTTP/1.1 404");
		assertProblem(answer, 404);
		assertThat(answer).contains("\"instance\":\"/error\"").contains("Nothing is served at " + method + " /error");
		assertThat(output.getAll()).doesNotContain(" ERROR ");
	}

	@Test
	void crossOriginWriteFromAnUnknownOriginIsA403Problem() throws IOException {
		String answer = exchange("POST /api/documents HTTP/1.1", "hi", "Origin: http://example.test",
				"Content-Type: text/plain", "Content-Length: 2");

		assertThat(answer).startsWith("HTTP/1.1 403");
		assertProblem(answer, 403);
		assertThat(answer).contains("csto.cors.write-origins");
	}

	@Test
	void swaggerUiIsServedUnderItsOwnContentSecurityPolicy() throws IOException {
		String answer = exchange("GET /swagger-ui/index.html HTTP/1.1", "", "Accept: text/html");

		assertThat(answer).startsWith("HTTP/1.1 200");
		assertThat(answer)
			.contains("Content-Security-Policy: " + SecurityHeadersFilter.SWAGGER_UI_CONTENT_SECURITY_POLICY);
		assertThat(answer).contains("swagger-ui-bundle.js");
	}

	private static void assertProblem(String answer, int status) {
		assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
		assertThat(answer).contains("\"status\":" + status).contains("\"type\":").contains("\"title\":")
			.contains("\"detail\":");
		assertThat(answer).doesNotContainIgnoringCase("<html").doesNotContain("Whitelabel").doesNotContain("Exception");
	}

	/** Sends the request and reads the whole answer, head and body, until the server closes the connection. */
	private String exchange(String requestLine, String body, String... headers) throws IOException {
		StringBuilder request = new StringBuilder(requestLine).append("\r\n");
		request.append("Host: localhost:").append(this.port).append("\r\n").append("Connection: close\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		request.append("\r\n").append(body);
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}

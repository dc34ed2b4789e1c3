package org.cstofacts.web;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The errors the container forwards to /error: those raised outside any controller. */
class ApiErrorControllerTest {

	private final ApiErrorController controller = new ApiErrorController();

	private static MockHttpServletRequest forwardedError(int status, String uri) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, uri);
		return request;
	}

	@Test
	void failureOutsideAControllerIsA500ProblemWithAnErrorIdAndNoInternals() {
		MockHttpServletRequest request = forwardedError(500, "/api/people");
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION,
				new IllegalStateException("connection to jdbc:h2:file:./var/secret refused"));
		request.setAttribute(RequestDispatcher.ERROR_MESSAGE, "connection to jdbc:h2:file:./var/secret refused");

		ResponseEntity<ProblemDetail> answer = this.controller.error(request);

		assertThat(answer.getStatusCode().value()).isEqualTo(500);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		ProblemDetail problem = answer.getBody();
		assertThat(problem.getType()).isEqualTo(Problems.BLANK);
		assertThat(problem.getInstance()).hasToString("/api/people");
		assertThat(problem.getProperties()).containsKey("errorId");
		assertThat(problem.getDetail()).contains(problem.getProperties().get("errorId").toString())
			.doesNotContain("jdbc")
			.doesNotContain("IllegalState");
	}

	@Test
	void clientErrorKeepsTheMessageWrittenForTheClient() {
		MockHttpServletRequest request = forwardedError(403, "/api/documents");
		request.setAttribute(RequestDispatcher.ERROR_MESSAGE, "This origin may not write.");

		ProblemDetail problem = this.controller.error(request).getBody();

		assertThat(problem.getStatus()).isEqualTo(403);
		assertThat(problem.getTitle()).isEqualTo("Forbidden");
		assertThat(problem.getDetail()).isEqualTo("This origin may not write.");
	}

	@Test
	void clientErrorWithoutAMessageIsExplainedByItsStatus() {
		ProblemDetail problem = this.controller.error(forwardedError(400, "/api/x")).getBody();

		assertThat(problem.getDetail()).isEqualTo("The request failed: Bad Request.");
	}

	@Test
	void uriTooBrokenToBeOneLeavesTheInstanceOut() {
		ProblemDetail problem = this.controller.error(forwardedError(400, "/api/a b{")).getBody();

		assertThat(problem.getInstance()).isNull();
		assertThat(problem.getStatus()).isEqualTo(400);
	}

}

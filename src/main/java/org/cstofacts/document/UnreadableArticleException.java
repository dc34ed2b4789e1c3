package org.cstofacts.document;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The article sent or found is not readable text: answered as a 400 problem, nothing stored. */
public class UnreadableArticleException extends ErrorResponseException {

	public UnreadableArticleException(String detail) {
		super(HttpStatus.BAD_REQUEST, problem(detail), null);
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Unreadable article");
		return problem;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}

package org.cstofacts.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The RFC 9457 problems the API answers with. Problems of our own kinds carry a {@code urn:} type that clients
 * can switch on; plain HTTP failures keep {@code about:blank} and the status phrase as title, as the RFC asks.
 */
final class Problems {

	public static final URI INVALID_PARAMETER = URI.create("urn:problem-type:csto-facts:invalid-parameter");

	public static final URI RESOURCE_NOT_FOUND = URI.create("urn:problem-type:csto-facts:resource-not-found");

	/** The RFC's type for a problem that is no more than its HTTP status. */
	public static final URI BLANK = URI.create("about:blank");

	private Problems() {
	}

	/**
	 * Spring leaves an unset type out of the JSON, which the RFC reads as {@code about:blank}; we write it out
	 * because clients that switch on {@code type} should not have to know that rule.
	 */
	static ProblemDetail withExplicitType(ProblemDetail problem) {
		if (problem.getType() == null) {
			problem.setType(BLANK);
		}
		return problem;
	}

	/** 400 naming the parameter (query, path or body field) that was wrong. */
	public static ProblemDetail invalidParameter(String parameter, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setType(INVALID_PARAMETER);
		problem.setTitle("Invalid parameter");
		problem.setProperty("parameter", parameter);
		return problem;
	}

	public static ProblemDetail resourceNotFound(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
		problem.setType(RESOURCE_NOT_FOUND);
		problem.setTitle("Not found");
		return problem;
	}

	/**
	 * 5xx saying nothing about the cause, which only the log holds: the error id links the two without
	 * telling a client anything about our internals.
	 */
	public static ProblemDetail serverError(HttpStatusCode status, String errorId) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				"The server could not answer this request. Quote error id " + errorId + " when reporting it.");
		problem.setProperty("errorId", errorId);
		return problem;
	}

}

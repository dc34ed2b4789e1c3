package org.cstofacts.ingest;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A write the service refuses, answered as an RFC 9457 problem; nothing is stored or deleted.
 */
class WriteRefusedException extends ErrorResponseException {

	private static final String TYPE_PREFIX = "urn:problem-type:csto-facts:";

	private WriteRefusedException(HttpStatus status, String type, String title, String detail) {
		super(status, problem(status, type, title, detail), null);
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + type));
		problem.setTitle(title);
		return problem;
	}

	static WriteRefusedException writesDisabled() {
		return new WriteRefusedException(HttpStatus.FORBIDDEN, "writes-disabled", "Writes are disabled",
				"This service has no API key configured, so it refuses every write. To enable writes, start it with "
						+ "the environment variable CSTO_API_KEY=<key> (or --csto.api-key=<key>) and send that key in "
						+ "the X-API-Key header.");
	}

	static WriteRefusedException missingKey() {
		return new WriteRefusedException(HttpStatus.UNAUTHORIZED, "api-key-required", "API key required",
				"Writes need the service's API key in the X-API-Key header.");
	}

	static WriteRefusedException wrongKey() {
		return new WriteRefusedException(HttpStatus.UNAUTHORIZED, "wrong-api-key", "Wrong API key",
				"The X-API-Key header does not hold the service's API key.");
	}

	static WriteRefusedException tooLarge(long limit) {
		return new WriteRefusedException(HttpStatus.CONTENT_TOO_LARGE, "article-too-large", "Article too large",
				"An article may have at most " + limit + " bytes.");
	}

	static WriteRefusedException malformedJson() {
		return new WriteRefusedException(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
				"The body is not a JSON object like {\"text\": \"...\", \"sourceName\": \"...\"}.");
	}

	/** The bytes or the text are not an article: not text in their encoding, binary, or blank. */
	public static WriteRefusedException unreadable(String detail) {
		return new WriteRefusedException(HttpStatus.BAD_REQUEST, "unreadable-article", "Unreadable article", detail);
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}

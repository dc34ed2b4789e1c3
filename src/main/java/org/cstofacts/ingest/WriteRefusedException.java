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

	static WriteRefusedException noArticleText(String detail) {
		return new WriteRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "no-article-text", "No article text", detail);
	}

	static WriteRefusedException batchTooLarge(long limit) {
		return new WriteRefusedException(HttpStatus.CONTENT_TOO_LARGE, "batch-too-large", "Batch too large",
				"A batch may have at most " + limit + " bytes (csto.batch.max-bytes); send it in smaller batches.");
	}

	static WriteRefusedException tooManyArticles(int limit, int count) {
		return new WriteRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "too-many-articles", "Too many articles",
				"A batch may hold at most " + limit + " articles (csto.batch.max-articles); this one holds " + count
						+ ". Send it in smaller batches.");
	}

	static WriteRefusedException emptyBatch() {
		return new WriteRefusedException(HttpStatus.BAD_REQUEST, "empty-batch", "Empty batch",
				"The batch holds no articles: send one JSON object {\"text\": ..., \"sourceName\": ...} per line "
						+ "(application/x-ndjson), or a JSON array of them.");
	}

	static WriteRefusedException malformedBatch() {
		return new WriteRefusedException(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
				"The body is not a JSON array of objects like {\"text\": \"...\", \"sourceName\": \"...\"}.");
	}

	static WriteRefusedException malformedArticle() {
		return new WriteRefusedException(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
				"This article of the batch is not a JSON object like {\"text\": \"...\", \"sourceName\": \"...\"}.");
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

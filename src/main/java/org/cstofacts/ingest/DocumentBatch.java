package org.cstofacts.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.cstofacts.database.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Many articles in one request: each is stored on its own, as a single POST of it would be, and answered with its
 * own result or problem, so one bad article does not fail the others. A batch over its limits is refused whole,
 * before any article of it is stored.
 */
@Component
class DocumentBatch {

	private static final Logger log = LoggerFactory.getLogger(DocumentBatch.class);

	private final DocumentIngestService ingest;

	private final JsonMapper json;

	private final CstoProperties.Batch limits;

	DocumentBatch(DocumentIngestService ingest, JsonMapper json, CstoProperties properties) {
		this.ingest = ingest;
		this.json = json;
		this.limits = properties.batch();
	}

	/** An article of the batch as read: its upload, or why it could not be read. */
	private record Item(DocumentUpload upload, WriteRefusedException refused) {
	}

	/** One JSON article per line; blank lines are no articles. */
	BatchResult ndjson(byte[] body, String instance) {
		List<Item> items = new ArrayList<>();
		for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
			if (!line.isBlank()) {
				items.add(item(() -> json.readValue(line, DocumentUpload.class)));
			}
		}
		return store(items, instance);
	}

	/** A JSON array of articles. */
	BatchResult array(byte[] body, String instance) {
		JsonNode array;
		try {
			array = json.readTree(body);
		}
		catch (JacksonException malformed) {
			throw WriteRefusedException.malformedBatch();
		}
		if (array == null || !array.isArray()) {
			throw WriteRefusedException.malformedBatch();
		}
		List<Item> items = new ArrayList<>();
		array.values().forEach(element -> items.add(item(() -> json.treeToValue(element, DocumentUpload.class))));
		return store(items, instance);
	}

	private interface Upload {

		DocumentUpload read();

	}

	private static Item item(Upload upload) {
		try {
			DocumentUpload read = upload.read();
			return new Item(read != null ? read : new DocumentUpload(null, null), null);
		}
		catch (JacksonException malformed) {
			return new Item(null, WriteRefusedException.malformedArticle());
		}
	}

	private BatchResult store(List<Item> items, String instance) {
		if (items.isEmpty()) {
			throw WriteRefusedException.emptyBatch();
		}
		if (items.size() > limits.maxArticles()) {
			throw WriteRefusedException.tooManyArticles(limits.maxArticles(), items.size());
		}
		List<BatchItemResult> results = new ArrayList<>();
		for (int index = 0; index < items.size(); index++) {
			results.add(store(index, items.get(index), instance));
		}
		return BatchResult.of(results);
	}

	/** A database out of reach fails the whole batch (503): every article sent again is stored once. */
	private BatchItemResult store(int index, Item item, String instance) {
		try {
			if (item.refused() != null) {
				throw item.refused();
			}
			String text = ArticleText.check(item.upload().text());
			if (text.getBytes(StandardCharsets.UTF_8).length > DocumentWriteController.MAX_BYTES) {
				throw WriteRefusedException.tooLarge(DocumentWriteController.MAX_BYTES);
			}
			return BatchItemResult.stored(index, ingest.ingest(Article.plain(text, item.upload().sourceName())));
		}
		catch (WriteRefusedException refused) {
			return BatchItemResult.refused(index, refused.getBody(), instance);
		}
		catch (RuntimeException failure) {
			if (DatabaseOutage.explains(failure)) {
				throw failure;
			}
			String errorId = UUID.randomUUID().toString();
			log.error("Error {} storing article {} of a batch", errorId, index, failure);
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
					"The server could not store this article. Quote error id " + errorId + " when reporting it.");
			problem.setTitle(HttpStatus.INTERNAL_SERVER_ERROR.getReasonPhrase());
			return BatchItemResult.refused(index, problem, instance);
		}
	}

}

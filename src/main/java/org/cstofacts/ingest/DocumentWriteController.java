package org.cstofacts.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.cstofacts.document.DocumentSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Adding and removing articles. Each write needs the API key; each bad request is refused before anything
 * is stored.
 */
@RestController
@RequestMapping("/api/documents")
class DocumentWriteController {

	static final int MAX_BYTES = 1024 * 1024;

	private static final String API_KEY = "X-API-Key";

	private static final String NDJSON = "application/x-ndjson";

	private static final String PROBLEM = "#/components/schemas/Problem";

	private final DocumentIngestService ingest;

	private final ArticleReader reader;

	private final DocumentBatch batch;

	private final ApiKeyGuard guard;

	private final JsonMapper json;

	private final CstoProperties properties;

	DocumentWriteController(DocumentIngestService ingest, ArticleReader reader, DocumentBatch batch,
			ApiKeyGuard guard, JsonMapper json, CstoProperties properties) {
		this.ingest = ingest;
		this.reader = reader;
		this.batch = batch;
		this.guard = guard;
		this.json = json;
		this.properties = properties;
	}

	@PostMapping(consumes = { MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_HTML_VALUE,
			MediaType.APPLICATION_XHTML_XML_VALUE }, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Store an article and read its facts",
			description = "Send the article as text/plain (UTF-8 unless another charset is given), as JSON "
					+ "{\"text\": ..., \"sourceName\": ...}, or as a saved web page (text/html or "
					+ "application/xhtml+xml: its charset from the Content-Type, else the page's own declaration, else "
					+ "guessed from its bytes; the article's text and metadata are taken out of the page, and the page "
					+ "is kept as the document's original), at most 1 MiB. 201 with Location for a new article; 200 "
					+ "with the stored document when the same text is stored already.",
			// JSON first: generated clients send the first type listed, and a JSON client sending text as a JSON
			// string would be refused.
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = DocumentUpload.class)),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")),
					@Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")),
					@Content(mediaType = MediaType.APPLICATION_XHTML_XML_VALUE, schema = @Schema(type = "string")) }))
	@ApiResponse(responseCode = "201", description = "Stored")
	@ApiResponse(responseCode = "200", description = "The same text was stored already")
	@ApiResponse(responseCode = "422", description = "A web page with no article text in it: nothing is stored",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = PROBLEM)))
	ResponseEntity<DocumentSummary> post(
			@RequestHeader(name = API_KEY, required = false) String apiKey,
			HttpServletRequest request) throws IOException {
		guard.check(apiKey);
		byte[] body = readAtMost(request, MAX_BYTES, WriteRefusedException.tooLarge(MAX_BYTES));
		IngestResult result = ingest.ingest(article(body, MediaType.parseMediaType(request.getContentType())));
		DocumentSummary document = result.document();
		if (!result.created()) {
			return ResponseEntity.ok(document);
		}
		return ResponseEntity.created(URI.create("/api/documents/" + document.id())).body(document);
	}

	private Article article(byte[] body, MediaType type) {
		if (MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
			DocumentUpload upload = fromJson(body);
			return Article.plain(ArticleText.check(upload.text()), upload.sourceName());
		}
		if (ArticleReader.isPage(type)) {
			return reader.page(body, type, null);
		}
		// An unknown charset never gets here: it is a 415.
		Charset declared = type.getCharset();
		return reader.text(body, declared != null ? declared : StandardCharsets.UTF_8, null);
	}

	@PostMapping(path = "/batch", consumes = { MediaType.APPLICATION_JSON_VALUE, NDJSON },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Store many articles at once, each answered on its own",
			description = "Send one JSON article {\"text\": ..., \"sourceName\": ...} per line (application/x-ndjson) "
					+ "or a JSON array of them. Each article is stored as a single POST of it would be, and answered "
					+ "in results, in the batch's order, with the status that POST would have had: 201 with the "
					+ "document, 200 when the same text is stored already, or a problem (400, 413) with nothing "
					+ "stored; one bad article does not fail the others. A batch may hold at most "
					+ "csto.batch.max-articles articles (100 by default; more is a 422) in at most "
					+ "csto.batch.max-bytes (16 MB by default; more is a 413); such a batch is refused whole.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							array = @ArraySchema(schema = @Schema(implementation = DocumentUpload.class))),
					@Content(mediaType = NDJSON, schema = @Schema(type = "string",
							description = "One JSON object {\"text\": ..., \"sourceName\": ...} per line")) }))
	@ApiResponse(responseCode = "207", description = "Each article's own result, in the batch's order")
	@ApiResponse(responseCode = "413", description = "The batch's body is larger than csto.batch.max-bytes: nothing "
			+ "is stored", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "422", description = "The batch holds more articles than csto.batch.max-articles: "
			+ "nothing is stored", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = PROBLEM)))
	ResponseEntity<BatchResult> postBatch(@RequestHeader(name = API_KEY, required = false) String apiKey,
			HttpServletRequest request) throws IOException {
		guard.check(apiKey);
		long limit = properties.batch().maxBytes().toBytes();
		byte[] body = readAtMost(request, limit, WriteRefusedException.batchTooLarge(limit));
		BatchResult result = MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(request.getContentType()))
				? batch.array(body, request.getRequestURI()) : batch.ndjson(body, request.getRequestURI());
		return ResponseEntity.status(HttpStatus.MULTI_STATUS).body(result);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Remove an article and every fact no other article supports")
	@ApiResponse(responseCode = "204", description = "Removed")
	ResponseEntity<Void> delete(
			@RequestHeader(name = API_KEY, required = false) String apiKey,
			@Parameter(description = "Document id", example = "1") @PathVariable Long id) {
		guard.check(apiKey);
		ingest.delete(id);
		return ResponseEntity.noContent().build();
	}

	/** Reads the body but stops past the limit, so an oversized upload is refused without holding it. */
	private static byte[] readAtMost(HttpServletRequest request, long limit, WriteRefusedException tooLarge)
			throws IOException {
		if (request.getContentLengthLong() > limit) {
			throw tooLarge;
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			if (body.length > limit) {
				throw tooLarge;
			}
			return body;
		}
	}

	private DocumentUpload fromJson(byte[] body) {
		try {
			DocumentUpload upload = json.readValue(body, DocumentUpload.class);
			return upload != null ? upload : new DocumentUpload(null, null);
		}
		catch (JacksonException malformed) {
			throw WriteRefusedException.malformedJson();
		}
	}

}

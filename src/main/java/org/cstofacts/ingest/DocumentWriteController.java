package org.cstofacts.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.cstofacts.document.DocumentSummary;
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

	private final DocumentIngestService ingest;

	private final ApiKeyGuard guard;

	private final JsonMapper json;

	DocumentWriteController(DocumentIngestService ingest, ApiKeyGuard guard, JsonMapper json) {
		this.ingest = ingest;
		this.guard = guard;
		this.json = json;
	}

	@PostMapping(consumes = { MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_JSON_VALUE },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Store an article and read its facts",
			description = "Send the article as text/plain (UTF-8 unless another charset is given) or as JSON "
					+ "{\"text\": ..., \"sourceName\": ...}, at most 1 MiB. 201 with Location for a new article; 200 "
					+ "with the stored document when the same text is stored already.",
			// JSON first: generated clients send the first type listed, and a JSON client sending text as a JSON
			// string would be refused.
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = DocumentUpload.class)),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")) }))
	@ApiResponse(responseCode = "201", description = "Stored")
	@ApiResponse(responseCode = "200", description = "The same text was stored already")
	ResponseEntity<DocumentSummary> post(
			@RequestHeader(name = API_KEY, required = false) String apiKey,
			HttpServletRequest request) throws IOException {
		guard.check(apiKey);
		byte[] body = readAtMost(request, MAX_BYTES);
		DocumentUpload upload = MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(request.getContentType()))
				? fromJson(body) : new DocumentUpload(ArticleText.decode(body, charset(request)), null);
		IngestResult result = ingest.ingest(ArticleText.check(upload.text()), upload.sourceName());
		DocumentSummary document = result.document();
		if (!result.created()) {
			return ResponseEntity.ok(document);
		}
		return ResponseEntity.created(URI.create("/api/documents/" + document.id())).body(document);
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
	private static byte[] readAtMost(HttpServletRequest request, int limit) throws IOException {
		if (request.getContentLengthLong() > limit) {
			throw WriteRefusedException.tooLarge(limit);
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(limit + 1);
			if (body.length > limit) {
				throw WriteRefusedException.tooLarge(limit);
			}
			return body;
		}
	}

	/** UTF-8 unless the client says otherwise (an unknown charset never gets here: it is a 415). */
	private static Charset charset(HttpServletRequest request) {
		Charset declared = MediaType.parseMediaType(request.getContentType()).getCharset();
		return declared != null ? declared : StandardCharsets.UTF_8;
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

package org.cstofacts.document;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springdoc.core.annotations.ParameterObject;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.cstofacts.kernel.web.PagingParameters;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/documents", produces = "application/json")
class DocumentController {

	private static final Set<String> SORTABLE = Set.of("id", "title", "publishedAt", "storedAt");

	private final DocumentService documents;

	DocumentController(DocumentService documents) {
		this.documents = documents;
	}

	@GetMapping
	@Operation(summary = "List the stored articles, without their text",
			description = "Sortable by id, title, publishedAt, storedAt; by id when no sort is given.")
	PagedModel<DocumentSummary> list(@ParameterObject PagingParameters paging) {
		return new PagedModel<>(documents.list(paging.toPageable(SORTABLE, Sort.by("id"))));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One article with its text and sections")
	DocumentDetail get(@Parameter(description = "Document id", example = "1") @PathVariable Long id) {
		return documents.get(id);
	}

	/**
	 * Served whatever the Accept header asks for: the stored bytes have one media type. A stored page must not run in
	 * the service's origin, so it is sandboxed (no script, no form, no same-origin access) and fetches nothing: its
	 * images, styles and trackers stay where it was saved from.
	 */
	@GetMapping(path = "/{id}/original", produces = MediaType.ALL_VALUE)
	@Operation(summary = "The bytes an article came as, with their media type",
			description = "A saved web page as posted or found in the data directory (text/html or "
					+ "application/xhtml+xml, with the charset it was read in), or a text article (text/plain). "
					+ "Documents stored before originals were kept have none: 404.")
	@ApiResponse(responseCode = "200", description = "The original bytes, with the media type they were stored with",
			content = { @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")),
					@Content(mediaType = MediaType.APPLICATION_XHTML_XML_VALUE, schema = @Schema(type = "string")),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")) })
	ResponseEntity<byte[]> original(@Parameter(description = "Document id", example = "1") @PathVariable Long id) {
		DocumentOriginal original = documents.original(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(original.mediaType()))
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.body(original.content());
	}

}

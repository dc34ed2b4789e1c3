package org.cstofacts.document;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springdoc.core.annotations.ParameterObject;

import org.cstofacts.kernel.web.PagingParameters;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
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

}

package org.cstofacts.statement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springdoc.core.annotations.ParameterObject;

import org.cstofacts.kernel.web.PagingParameters;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/statements", produces = "application/json")
class StatementController {

	private final StatementService statements;

	StatementController(StatementService statements) {
		this.statements = statements;
	}

	@GetMapping
	@Operation(summary = "List the statements",
			description = "Sortable by id, documentId, kind, topic; in reading order (document, then position) when no sort is given.")
	PagedModel<StatementDto> list(
			@Parameter(description = "Speaker id: a person id, an organization acronym or a country code (any case)") @RequestParam(required = false) String speaker,
			@Parameter(description = "QUOTE or REPORTED") @RequestParam(required = false) String kind,
			@Parameter(description = "Section heading the statement stands under (any case)") @RequestParam(required = false) String topic,
			@Parameter(description = "Words that must all appear in the text; case and accents are ignored") @RequestParam(required = false) String q,
			@ParameterObject PagingParameters paging) {
		return new PagedModel<>(statements.list(speaker, kind, topic, q, paging.toPageable(StatementService.SORTABLE, StatementService.READING_ORDER)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One statement")
	StatementDto get(@Parameter(description = "Statement id", example = "1") @PathVariable Long id) {
		return statements.get(id);
	}

}

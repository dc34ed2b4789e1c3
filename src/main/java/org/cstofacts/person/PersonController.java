package org.cstofacts.person;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springdoc.core.annotations.ParameterObject;

import org.cstofacts.kernel.web.PagingParameters;
import org.cstofacts.statement.StatementDto;
import org.cstofacts.statement.StatementService;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/people", produces = "application/json")
class PersonController {

	private static final Set<String> SORTABLE = Set.of("id", "name", "title", "country", "organization");

	private final PersonService people;

	PersonController(PersonService people) {
		this.people = people;
	}

	@GetMapping
	@Operation(summary = "List the people",
			description = "Sortable by id, name, title, country, organization; by id when no sort is given.")
	PagedModel<PersonDto> list(
			@Parameter(description = "ISO 3166-1 alpha-3 code of the country they represent (any case)", example = "ABC") @RequestParam(required = false) String country,
			@Parameter(description = "Acronym of the organization they represent (any case)", example = "CSTO") @RequestParam(required = false) String organization,
			@Parameter(description = "Words that must all appear in the name or an alias; case and accents are ignored") @RequestParam(required = false) String q,
			@ParameterObject PagingParameters paging) {
		return new PagedModel<>(people.list(country, organization, q, paging.toPageable(SORTABLE, Sort.by("id"))));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One person")
	PersonDto get(@Parameter(description = "Person id: the slug of the full name", example = "example-person") @PathVariable String id) {
		return people.get(id);
	}

	@GetMapping("/{id}/statements")
	@Operation(summary = "The statements of one person",
			description = "Sortable by id, documentId, kind, topic; in reading order when no sort is given.")
	PagedModel<StatementDto> statements(
			@Parameter(description = "Person id: the slug of the full name", example = "example-person") @PathVariable String id,
			@ParameterObject PagingParameters paging) {
		return new PagedModel<>(people.statements(id,
				paging.toPageable(StatementService.SORTABLE, StatementService.READING_ORDER)));
	}

}

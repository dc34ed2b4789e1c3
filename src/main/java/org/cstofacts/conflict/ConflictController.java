package org.cstofacts.conflict;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import org.springdoc.core.annotations.ParameterObject;

import org.cstofacts.kernel.web.PagingParameters;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ConflictController {

	private final ConflictService conflicts;

	ConflictController(ConflictService conflicts) {
		this.conflicts = conflicts;
	}

	@GetMapping(path = "/api/conflicts", produces = "application/json")
	@Operation(summary = "List the facts the articles disagree about",
			description = "A person's title, an event's date or city: every value with the sources that give it, and "
					+ "which one is served (the most recent article's). In order of type and id; sort is not accepted.")
	PagedModel<ConflictDto> list(@ParameterObject PagingParameters paging) {
		return new PagedModel<>(conflicts.list(paging.toPageable(Set.of(), Sort.unsorted())));
	}

}

package org.cstofacts.search;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springdoc.core.annotations.ParameterObject;

import org.cstofacts.kernel.web.PagingParameters;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping(path = "/api/search", produces = "application/json")
	@Operation(summary = "Search countries, people, events and statements",
			description = "Ranked by score: an exact name or code first, then aliases, then prefixes, then word matches. "
					+ "Case and accents are ignored. Always in score order: sort is not accepted.")
	PagedModel<SearchResult> search(
			@Parameter(description = "What to look for: a name, a code, or words", required = true, example = "summit") @RequestParam String q,
			@ParameterObject PagingParameters paging) {
		return new PagedModel<>(search.search(q, paging.toPageable(Set.of(), Sort.unsorted())));
	}

}

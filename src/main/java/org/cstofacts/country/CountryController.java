package org.cstofacts.country;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springdoc.core.annotations.ParameterObject;

import org.cstofacts.kernel.web.PagingParameters;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CountryController {

	private static final Set<String> SORTABLE = Set.of("code", "name");

	private static final Sort BY_CODE = Sort.by("code");

	private final CountryService countries;

	CountryController(CountryService countries) {
		this.countries = countries;
	}

	@GetMapping(path = "/api/countries", produces = "application/json")
	@Operation(summary = "List every country the articles mention",
			description = "Sortable by code and name; by code when no sort is given.")
	PagedModel<CountryDto> list(
			@Parameter(description = "Only members (true) or only non-members (false) of the CSTO") @RequestParam(required = false) Boolean member,
			@Parameter(description = "Words that must all appear in the code, a name or an alias; case and accents are ignored") @RequestParam(required = false) String q,
			@ParameterObject PagingParameters paging) {
		return new PagedModel<>(countries.list(member, q, paging.toPageable(SORTABLE, BY_CODE)));
	}

	@GetMapping(path = "/api/member-states", produces = "application/json")
	@Operation(summary = "List the CSTO member states with their leaders",
			description = "The countries an article presents as members. Sortable by code and name; by code when no sort is given.")
	PagedModel<MemberStateDto> memberStates(@ParameterObject PagingParameters paging) {
		return new PagedModel<>(countries.memberStates(paging.toPageable(SORTABLE, BY_CODE)));
	}

	@GetMapping(path = "/api/member-states/{code}", produces = "application/json")
	@Operation(summary = "One member state with its leaders")
	MemberStateDto memberState(@Parameter(description = "ISO 3166-1 alpha-3 code, any case", example = "ABC") @PathVariable String code) {
		return countries.memberState(code);
	}

}

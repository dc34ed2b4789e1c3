package org.cstofacts.country;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.cstofacts.kernel.text.Matches;
import org.cstofacts.kernel.text.Relevance;
import org.cstofacts.kernel.text.WordMatch;
import org.cstofacts.kernel.web.ResourceNotFoundException;
import org.cstofacts.person.PersonService;
import org.cstofacts.person.PersonSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CountryService {

	private final CountryRepository countries;

	private final PersonService people;

	private final EntityManager entityManager;

	CountryService(CountryRepository countries, PersonService people, EntityManager entityManager) {
		this.countries = countries;
		this.people = people;
		this.entityManager = entityManager;
	}

	public Page<CountryDto> list(Boolean member, String query, Pageable pageable) {
		Specification<Country> filter = Specification.unrestricted();
		if (member != null) {
			filter = filter.and((root, criteria, builder) -> builder.equal(root.get("member"), member));
		}
		if (query != null && !query.isBlank()) {
			filter = filter.and(WordMatch.allWords("searchText", query));
		}
		return countries.findAll(filter, pageable).map(CountryDto::of);
	}

	public Page<MemberStateDto> memberStates(Pageable pageable) {
		Specification<Country> members = (root, criteria, builder) -> builder.isTrue(root.get("member"));
		return memberStates(countries.findAll(members, pageable));
	}

	public MemberStateDto memberState(String code) {
		Country country = countries.findById(code.toUpperCase(Locale.ROOT))
			.filter(Country::isMember)
			.orElseThrow(() -> new ResourceNotFoundException("member state", code));
		return memberStates(new PageImpl<>(List.of(country))).getContent().get(0);
	}

	/** With the people of the whole page in one query. */
	private Page<MemberStateDto> memberStates(Page<Country> page) {
		Map<String, List<PersonSummary>> peopleByCountry = people.ofCountries(page.map(Country::getCode).getContent());
		return page.map(country -> new MemberStateDto(CountryDto.of(country),
				peopleByCountry.getOrDefault(country.getCode(), List.of())
					.stream()
					.map(person -> new MemberStateDto.Leader(person.id(), person.name(), person.title()))
					.toList()));
	}

	/** The countries that best match a search, by their codes, names and aliases. */
	public Matches<CountrySummary> search(Relevance relevance, int limit) {
		String score = relevance.score(List.of("lower(c.code)", "lower(c.isoAlpha2)"), "c.foldedNames",
				"c.foldedAliases", "concat(c.foldedNames, c.foldedAliases)", null);
		return relevance.matches(entityManager, Country.class, "Country c", score, "c.name, c.code", limit,
				CountrySummary::of);
	}

	public long count() {
		return countries.count();
	}

	public long countMembers() {
		return countries.countByMemberTrue();
	}

}

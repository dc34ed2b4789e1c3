package org.cstofacts.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.cstofacts.kernel.claim.Disagreement;
import org.cstofacts.kernel.claim.MergedFact;
import org.cstofacts.kernel.text.Matches;
import org.cstofacts.kernel.text.Relevance;
import org.cstofacts.kernel.text.WordMatch;
import org.cstofacts.kernel.web.ResourceNotFoundException;
import org.cstofacts.statement.StatementDto;
import org.cstofacts.statement.StatementService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class PersonService {

	private final PersonRepository people;

	private final Attendance attendance;

	private final StatementService statements;

	private final EntityManager entityManager;

	PersonService(PersonRepository people, Attendance attendance, StatementService statements,
			EntityManager entityManager) {
		this.people = people;
		this.attendance = attendance;
		this.statements = statements;
		this.entityManager = entityManager;
	}

	/** The people matching every filter given; null filters match all. */
	public Page<PersonDto> list(String country, String organization, String query, Pageable pageable) {
		Specification<Person> filter = Specification.unrestricted();
		if (country != null && !country.isBlank()) {
			filter = filter.and(equalIgnoringCase("country", country));
		}
		if (organization != null && !organization.isBlank()) {
			filter = filter.and(equalIgnoringCase("organization", organization));
		}
		if (query != null && !query.isBlank()) {
			filter = filter.and(WordMatch.allWords("searchText", query));
		}
		return toDtos(people.findAll(filter, pageable));
	}

	public PersonDto get(String id) {
		return toDtos(new PageImpl<>(List.of(find(id)))).getContent().get(0);
	}

	public Page<StatementDto> statements(String id, Pageable pageable) {
		return statements.byPerson(find(id).getId(), pageable);
	}

	/** The people that best match a search, by their id, name and aliases. */
	public Matches<PersonSummary> search(Relevance relevance, int limit) {
		String score = relevance.score(List.of("replace(p.id, '-', ' ')"), "p.foldedNames", "p.foldedAliases",
				"p.searchText", null);
		return relevance.matches(entityManager, Person.class, "Person p", score, "p.name, p.id", limit,
				PersonSummary::of);
	}

	/** The people with these ids; ids of no one are left out. */
	public List<PersonSummary> summariesOf(Collection<String> ids) {
		return people.findAllById(ids).stream().map(PersonSummary::of).toList();
	}

	/** The people who represent each of these countries, by name, by upper-case country code. */
	public Map<String, List<PersonSummary>> ofCountries(Collection<String> codes) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		return people.findByCountries(codes.stream().map(code -> code.toUpperCase(Locale.ROOT)).toList())
			.stream()
			.map(PersonSummary::of)
			.collect(Collectors.groupingBy(person -> person.country().toUpperCase(Locale.ROOT), LinkedHashMap::new,
					Collectors.toList()));
	}

	/** The ids of the people the articles give different titles, read from the titles of the claims alone. */
	public List<String> titleDisagreementIds() {
		Map<String, List<String>> titles = new TreeMap<>();
		people.findTitlesOfTitledMoreThanOnce()
			.forEach(row -> titles.computeIfAbsent((String) row[0], id -> new ArrayList<>()).add((String) row[1]));
		return titles.entrySet().stream().filter(person -> MergedFact.differ(person.getValue())).map(Map.Entry::getKey).toList();
	}

	/** These people, if the articles give them different titles, with every title given. */
	public List<Disagreement> titleDisagreements(Collection<String> ids) {
		return people.findAllById(ids)
			.stream()
			.map(person -> new Disagreement(person.getId(), person.getName(), person.getTitle(),
					person.disagreement(PersonClaim::title)))
			.filter(disagreement -> !disagreement.values().isEmpty())
			.toList();
	}

	public long count() {
		return people.count();
	}

	private Person find(String id) {
		return people.findById(id.toLowerCase(Locale.ROOT)).orElseThrow(() -> new ResourceNotFoundException("person", id));
	}

	/** With the events and statements of the whole page in one query each. */
	private Page<PersonDto> toDtos(Page<Person> page) {
		List<String> ids = page.map(Person::getId).getContent();
		Map<String, List<Long>> attended = attendance.of(ids);
		Map<String, Long> statementCounts = statements.countByPeople(ids);
		return page.map(person -> PersonDto.of(person, attended.getOrDefault(person.getId(), List.of()),
				statementCounts.getOrDefault(person.getId(), 0L)));
	}

	private static Specification<Person> equalIgnoringCase(String attribute, String value) {
		return (root, criteria, builder) -> builder.equal(builder.lower(root.get(attribute)),
				value.strip().toLowerCase(Locale.ROOT));
	}

}

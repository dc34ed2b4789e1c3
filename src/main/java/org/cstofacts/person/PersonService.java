package org.cstofacts.person;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cstofacts.event.EventService;
import org.cstofacts.search.WordMatch;
import org.cstofacts.statement.StatementDto;
import org.cstofacts.statement.StatementService;
import org.cstofacts.web.ResourceNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class PersonService {

	private final PersonRepository people;

	private final EventService events;

	private final StatementService statements;

	public PersonService(PersonRepository people, EventService events, StatementService statements) {
		this.people = people;
		this.events = events;
		this.statements = statements;
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
		Map<String, List<Long>> attendance = events.attendance();
		return people.findAll(filter, pageable).map(person -> toDto(person, attendance));
	}

	public PersonDto get(String id) {
		return toDto(find(id), events.attendance());
	}

	public Page<StatementDto> statements(String id, Pageable pageable) {
		return statements.byPerson(find(id).getId(), pageable);
	}

	public long count() {
		return people.count();
	}

	private Person find(String id) {
		return people.findById(id.toLowerCase(Locale.ROOT)).orElseThrow(() -> new ResourceNotFoundException("person", id));
	}

	private PersonDto toDto(Person person, Map<String, List<Long>> attendance) {
		return PersonDto.of(person, attendance.getOrDefault(person.getId(), List.of()),
				statements.countByPerson(person.getId()));
	}

	private static Specification<Person> equalIgnoringCase(String attribute, String value) {
		return (root, criteria, builder) -> builder.equal(builder.lower(root.get(attribute)),
				value.strip().toLowerCase(Locale.ROOT));
	}

}

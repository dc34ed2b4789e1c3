package org.cstofacts.event;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.cstofacts.extraction.ArticleFacts.EventType;
import org.cstofacts.person.Person;
import org.cstofacts.person.PersonRepository;
import org.cstofacts.statement.StatementService;
import org.cstofacts.web.InvalidParameterException;
import org.cstofacts.web.ResourceNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class EventService {

	/** Oldest first; events of one day in the order they were stored. */
	public static final Sort CHRONOLOGICAL = Sort.by("date", "id");

	private final EventRepository events;

	private final PersonRepository people;

	private final StatementService statements;

	public EventService(EventRepository events, PersonRepository people, StatementService statements) {
		this.events = events;
		this.people = people;
		this.statements = statements;
	}

	/** The events matching every filter given; null filters match all. Dates are inclusive bounds. */
	public Page<EventDto> list(String type, LocalDate from, LocalDate to, Pageable pageable) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidParameterException("from", "from (" + from + ") is after to (" + to + ")");
		}
		Specification<Event> filter = Specification.unrestricted();
		if (type != null && !type.isBlank()) {
			filter = filter.and(ofType(type(type)));
		}
		if (from != null) {
			filter = filter.and((root, criteria, builder) -> builder.greaterThanOrEqualTo(root.get("date"), from));
		}
		if (to != null) {
			filter = filter.and((root, criteria, builder) -> builder.lessThanOrEqualTo(root.get("date"), to));
		}
		return events.findAll(filter, pageable).map(EventDto::of);
	}

	public EventDto get(Long id) {
		return EventDto.of(find(id));
	}

	public Page<SummitDto> summits(Pageable pageable) {
		return events.findAll(ofType(EventType.SUMMIT), pageable).map(this::summit);
	}

	public SummitDto summit(Long id) {
		Event event = events.findById(id)
			.filter(found -> found.getType() == EventType.SUMMIT)
			.orElseThrow(() -> new ResourceNotFoundException("summit", id));
		return summit(event);
	}

	public List<EventDto> timeline() {
		return events.findAll(CHRONOLOGICAL).stream().map(EventDto::of).toList();
	}

	/** Ids of the events the person took part in, oldest first. */
	public List<Long> attendedBy(String personId) {
		return events.findAll(CHRONOLOGICAL)
			.stream()
			.filter(event -> event.getParticipants().contains(personId))
			.map(Event::getId)
			.toList();
	}

	public long count() {
		return events.count();
	}

	public long countSummits() {
		return events.countByType(EventType.SUMMIT);
	}

	private Event find(Long id) {
		return events.findById(id).orElseThrow(() -> new ResourceNotFoundException("event", id));
	}

	private SummitDto summit(Event event) {
		// By id: the database returns the rows in an order of its own (H2 by key, PostgreSQL as stored).
		List<SummitDto.Attendee> attendees = people.findAllById(event.getParticipants())
			.stream()
			.sorted(Comparator.comparing(Person::getId))
			.map(person -> new SummitDto.Attendee(person.getId(), person.getName(), person.getTitle(),
					person.getCountry()))
			.toList();
		return new SummitDto(EventDto.of(event), attendees, statements.countIn(event.documentIds()));
	}

	private static Specification<Event> ofType(EventType type) {
		return (root, criteria, builder) -> builder.equal(root.get("type"), type);
	}

	private static EventType type(String type) {
		try {
			return EventType.valueOf(type.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidParameterException("type",
					"type must be one of " + Arrays.toString(EventType.values()) + ", was '" + type + "'");
		}
	}

}

package org.cstofacts.event;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.cstofacts.extraction.ArticleFacts.EventType;
import org.cstofacts.kernel.claim.Disagreement;
import org.cstofacts.kernel.claim.MergedFact;
import org.cstofacts.kernel.text.Matches;
import org.cstofacts.kernel.text.Relevance;
import org.cstofacts.kernel.web.InvalidParameterException;
import org.cstofacts.kernel.web.ResourceNotFoundException;
import org.cstofacts.person.PersonService;
import org.cstofacts.person.PersonSummary;
import org.cstofacts.statement.StatementService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
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

	private final PersonService people;

	private final StatementService statements;

	private final EntityManager entityManager;

	EventService(EventRepository events, PersonService people, StatementService statements,
			EntityManager entityManager) {
		this.events = events;
		this.people = people;
		this.statements = statements;
		this.entityManager = entityManager;
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
		return summits(events.findAll(ofType(EventType.SUMMIT), pageable));
	}

	public SummitDto summit(Long id) {
		Event event = events.findById(id)
			.filter(found -> found.getType() == EventType.SUMMIT)
			.orElseThrow(() -> new ResourceNotFoundException("summit", id));
		return summits(new PageImpl<>(List.of(event))).getContent().get(0);
	}

	public List<EventDto> timeline() {
		return events.findAll(CHRONOLOGICAL).stream().map(EventDto::of).toList();
	}

	/** The ids of the events the articles date differently, read from the dates of the claims alone. */
	public List<Long> dateDisagreementIds() {
		return disagreeing(events.findDatingsOfDatedMoreThanOnce(),
				datings -> Event.datesDisagree(datings.stream()
					.map(dating -> EventDates.format(dating.date(), dating.datePrecision()))
					.toList()));
	}

	/** The ids of the events the articles place differently, read from the places of the claims alone. */
	public List<Long> placeDisagreementIds() {
		return disagreeing(events.findDatingsOfPlacedMoreThanOnce(),
				datings -> MergedFact.differ(datings.stream().map(EventDating::place).toList()));
	}

	/** The events whose claims disagree, in the order of their ids. */
	private static List<Long> disagreeing(List<EventDating> datings, Predicate<List<EventDating>> disagree) {
		return datings.stream()
			.collect(Collectors.groupingBy(EventDating::eventId, TreeMap::new, Collectors.toList()))
			.entrySet()
			.stream()
			.filter(event -> disagree.test(event.getValue()))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** These events, if the articles date them differently, with every date given. */
	public List<Disagreement> dateDisagreements(Collection<Long> ids) {
		return events.findAllById(ids)
			.stream()
			.filter(Event::datesDisagree)
			.map(event -> disagreement(event, event.getPreciseDate(), EventClaim::preciseDate))
			.filter(disagreement -> !disagreement.values().isEmpty())
			.toList();
	}

	/** These events, if the articles place them differently, with every place given. */
	public List<Disagreement> placeDisagreements(Collection<Long> ids) {
		return events.findAllById(ids)
			.stream()
			.map(event -> disagreement(event, event.getPlace(), EventClaim::place))
			.filter(disagreement -> !disagreement.values().isEmpty())
			.toList();
	}

	private static Disagreement disagreement(Event event, String served, Function<EventClaim, String> field) {
		return new Disagreement(String.valueOf(event.getId()), event.getLabel(), served, event.disagreement(field));
	}

	/** The events that best match a search, by their label, then their place, venue, occasion and type. */
	public Matches<EventSummary> search(Relevance relevance, int limit) {
		String score = relevance.score(List.of(), "e.foldedNames", null, "e.foldedNames", "e.foldedText");
		return relevance.matches(entityManager, Event.class, "Event e", score,
				"coalesce(e.title, cast(e.type as String)), e.id", limit, EventSummary::of);
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

	/** With the attendees and the statements of the whole page in one query each. */
	private Page<SummitDto> summits(Page<Event> page) {
		Map<String, PersonSummary> byId = people
			.summariesOf(page.stream().flatMap(event -> event.getParticipants().stream()).distinct().toList())
			.stream()
			.collect(Collectors.toMap(PersonSummary::id, Function.identity()));
		Map<Long, Long> statementsByDocument = statements
			.countByDocuments(page.stream().flatMap(event -> event.documentIds().stream()).distinct().toList());
		return page.map(event -> {
			List<SummitDto.Attendee> attendees = event.getParticipants()
				.stream()
				.map(byId::get)
				.filter(Objects::nonNull)
				.map(person -> new SummitDto.Attendee(person.id(), person.name(), person.title(), person.country()))
				.toList();
			long statementCount = event.documentIds().stream().mapToLong(id -> statementsByDocument.getOrDefault(id, 0L)).sum();
			return new SummitDto(EventDto.of(event), attendees, statementCount);
		});
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

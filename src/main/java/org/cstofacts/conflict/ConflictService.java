package org.cstofacts.conflict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.cstofacts.document.Claim;
import org.cstofacts.document.Claims;
import org.cstofacts.document.MergedFact;
import org.cstofacts.document.SourceDto;
import org.cstofacts.event.Event;
import org.cstofacts.event.EventClaim;
import org.cstofacts.event.EventRepository;
import org.cstofacts.person.Person;
import org.cstofacts.person.PersonClaim;
import org.cstofacts.person.PersonRepository;
import org.cstofacts.search.Folding;
import org.cstofacts.search.ResultPages;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where articles disagree: a person's title, an event's date or city. Every value is kept with the
 * articles that give it; the one of the most recent article is served.
 */
@Service
@Transactional(readOnly = true)
public class ConflictService {

	private final PersonRepository people;

	private final EventRepository events;

	public ConflictService(PersonRepository people, EventRepository events) {
		this.people = people;
		this.events = events;
	}

	public Page<ConflictDto> list(Pageable pageable) {
		List<ConflictDto> conflicts = new ArrayList<>();
		for (Person person : people.findAll()) {
			conflict("PERSON", person.getId(), person.getName(), "title", person, PersonClaim::title,
					person.getTitle()).ifPresent(conflicts::add);
		}
		for (Event event : events.findAll()) {
			String id = String.valueOf(event.getId());
			String label = event.getTitle() != null ? event.getTitle() : event.getType().name();
			if (datesDisagree(event)) {
				conflict("EVENT", id, label, "date", event, EventClaim::preciseDate, event.getPreciseDate())
					.ifPresent(conflicts::add);
			}
			conflict("EVENT", id, label, "place", event, EventClaim::place, event.getPlace()).ifPresent(conflicts::add);
		}
		conflicts.sort(Comparator.comparing(ConflictDto::type).thenComparing(ConflictDto::id));
		return ResultPages.page(conflicts, pageable);
	}

	/** A year and a day within it are one date told with more or less precision, not a disagreement. */
	private static boolean datesDisagree(Event event) {
		List<String> dates = event.getClaims().stream().map(EventClaim::preciseDate).filter(Objects::nonNull).distinct().toList();
		return dates.stream().anyMatch(one -> dates.stream().anyMatch(other -> !one.startsWith(other) && !other.startsWith(one)));
	}

	private static <C extends Claim> Optional<ConflictDto> conflict(String type, String id, String label, String field,
			MergedFact<C> fact, Function<C, String> value, String primary) {
		Map<String, Set<Long>> byValue = Claims.documentsByValue(fact.getClaims(), value);
		long distinct = byValue.keySet().stream().map(Folding::fold).distinct().count();
		if (distinct < 2) {
			return Optional.empty();
		}
		List<ConflictDto.Value> values = byValue.entrySet()
			.stream()
			.map(entry -> new ConflictDto.Value(entry.getKey(), entry.getKey().equals(primary),
					List.copyOf(entry.getValue()), SourceDto.of(fact.sourcesIn(entry.getValue()))))
			.toList();
		return Optional.of(new ConflictDto(type, id, label, field, primary, values));
	}

}

package org.cstofacts.conflict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cstofacts.event.EventService;
import org.cstofacts.kernel.claim.Disagreement;
import org.cstofacts.kernel.claim.SourceDto;
import org.cstofacts.kernel.web.ResultPages;
import org.cstofacts.person.PersonService;
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

	private final PersonService people;

	private final EventService events;

	ConflictService(PersonService people, EventService events) {
		this.people = people;
		this.events = events;
	}

	public Page<ConflictDto> list(Pageable pageable) {
		List<ConflictDto> conflicts = new ArrayList<>();
		people.titleDisagreements().forEach(titles -> conflicts.add(conflict("PERSON", "title", titles)));
		events.dateDisagreements().forEach(dates -> conflicts.add(conflict("EVENT", "date", dates)));
		events.placeDisagreements().forEach(places -> conflicts.add(conflict("EVENT", "place", places)));
		// A stable sort: an event's date comes before its place, as they were added.
		conflicts.sort(Comparator.comparing(ConflictDto::type).thenComparing(ConflictDto::id));
		return ResultPages.page(conflicts, pageable);
	}

	private static ConflictDto conflict(String type, String field, Disagreement disagreement) {
		List<ConflictDto.Value> values = disagreement.values()
			.stream()
			.map(value -> new ConflictDto.Value(value.value(), value.value().equals(disagreement.served()),
					value.documentIds(), SourceDto.of(value.sources())))
			.toList();
		return new ConflictDto(type, disagreement.factId(), disagreement.label(), field, disagreement.served(), values);
	}

}

package org.cstofacts.conflict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cstofacts.event.EventService;
import org.cstofacts.kernel.claim.Disagreement;
import org.cstofacts.kernel.claim.SourceDto;
import org.cstofacts.kernel.web.ResultPages;
import org.cstofacts.person.PersonService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where articles disagree: a person's title, an event's date or city. Every value is kept with the
 * articles that give it; the one of the most recent article is served.
 * <p>
 * Which facts disagree is read from the values of their claims alone; only the facts of the page are loaded, with
 * the mentions their values were read from.
 */
@Service
@Transactional(readOnly = true)
public class ConflictService {

	private static final String PERSON = "PERSON";

	private static final String EVENT = "EVENT";

	private final PersonService people;

	private final EventService events;

	ConflictService(PersonService people, EventService events) {
		this.people = people;
		this.events = events;
	}

	/** A disputed field of a fact. */
	private record Dispute(String type, String id, String field) {
	}

	public Page<ConflictDto> list(Pageable pageable) {
		List<Dispute> disputes = new ArrayList<>();
		people.titleDisagreementIds().forEach(id -> disputes.add(new Dispute(PERSON, id, "title")));
		events.dateDisagreementIds().forEach(id -> disputes.add(new Dispute(EVENT, String.valueOf(id), "date")));
		events.placeDisagreementIds().forEach(id -> disputes.add(new Dispute(EVENT, String.valueOf(id), "place")));
		// A stable sort: an event's date comes before its place, as they were added.
		disputes.sort(Comparator.comparing(Dispute::type).thenComparing(Dispute::id));
		Page<Dispute> page = ResultPages.page(disputes, pageable);
		Map<String, Disagreement> titles = byFact(people.titleDisagreements(ids(page, PERSON, "title", id -> id)));
		Map<String, Disagreement> dates = byFact(events.dateDisagreements(ids(page, EVENT, "date", Long::valueOf)));
		Map<String, Disagreement> places = byFact(events.placeDisagreements(ids(page, EVENT, "place", Long::valueOf)));
		// A fact an ingest changed since its claims were read may no longer disagree: it is left out.
		List<ConflictDto> conflicts = page.stream().flatMap(dispute -> Stream.ofNullable(switch (dispute.field()) {
			case "title" -> titles.get(dispute.id());
			case "date" -> dates.get(dispute.id());
			default -> places.get(dispute.id());
		}).map(disagreement -> conflict(dispute, disagreement))).toList();
		return new PageImpl<>(conflicts, pageable, page.getTotalElements());
	}

	private static <T> List<T> ids(Page<Dispute> page, String type, String field, Function<String, T> id) {
		return page.stream()
			.filter(dispute -> dispute.type().equals(type) && dispute.field().equals(field))
			.map(dispute -> id.apply(dispute.id()))
			.toList();
	}

	private static Map<String, Disagreement> byFact(List<Disagreement> disagreements) {
		return disagreements.stream().collect(Collectors.toMap(Disagreement::factId, Function.identity()));
	}

	private static ConflictDto conflict(Dispute dispute, Disagreement disagreement) {
		List<ConflictDto.Value> values = disagreement.values()
			.stream()
			.map(value -> new ConflictDto.Value(value.value(), value.value().equals(disagreement.served()),
					value.documentIds(), SourceDto.of(value.sources())))
			.toList();
		return new ConflictDto(dispute.type(), disagreement.factId(), disagreement.label(), dispute.field(),
				disagreement.served(), values);
	}

}

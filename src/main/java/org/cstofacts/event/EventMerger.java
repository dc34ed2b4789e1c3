package org.cstofacts.event;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.cstofacts.extraction.ArticleFacts.EventFact;
import org.cstofacts.kernel.claim.Claims;
import org.cstofacts.kernel.claim.FactWriter;
import org.cstofacts.kernel.claim.Merger;
import org.springframework.stereotype.Component;

/** Merges the events of each article: one record per event however many articles report it. */
@Component
public class EventMerger extends Merger<Event, EventClaim, EventRepository> {

	EventMerger(EventRepository events, FactWriter writer) {
		super(events, writer);
	}

	/** @param personIds the id of the person each participant name refers to */
	public void merge(Long documentId, LocalDateTime publishedAt, List<EventFact> facts,
			Map<String, String> personIds) {
		for (EventFact fact : facts) {
			Event event = stored.findDatingsByType(fact.type())
				.stream()
				.filter(dating -> dating.matches(fact.date(), fact.datePrecision(), fact.place()))
				.findFirst()
				.flatMap(dating -> stored.findById(dating.eventId()))
				.orElseGet(() -> new Event(fact.type()));
			List<String> participants = fact.participants().stream().map(personIds::get).filter(id -> id != null).toList();
			claim(event, new EventClaim(documentId, publishedAt, fact.title(), fact.date(),
					fact.datePrecision(), fact.place(), fact.venue(), fact.occasion(), Claims.join(participants)),
					fact.sources());
		}
	}

}

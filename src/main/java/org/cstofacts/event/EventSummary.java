package org.cstofacts.event;

/**
 * What an event is, without what the articles tie to it (participants, sources): what a search result shows.
 * @param label the title, or the type when the articles give none
 * @param date the served date as precise as known, as ISO-8601
 */
public record EventSummary(Long id, String label, String date, String place, String occasion) {

	static EventSummary of(Event event) {
		return new EventSummary(event.getId(), event.getLabel(), event.getPreciseDate(), event.getPlace(),
				event.getOccasion());
	}

}

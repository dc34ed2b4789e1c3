package org.cstofacts.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cstofacts.person.Attendance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The events each person took part in, read from the participants of every event. */
@Component
@Transactional(readOnly = true)
class EventAttendance implements Attendance {

	private final EventRepository events;

	EventAttendance(EventRepository events) {
		this.events = events;
	}

	@Override
	public Map<String, List<Long>> byPerson() {
		Map<String, List<Long>> attended = new HashMap<>();
		for (Event event : events.findAll(EventService.CHRONOLOGICAL)) {
			event.getParticipants()
				.forEach(personId -> attended.computeIfAbsent(personId, id -> new ArrayList<>()).add(event.getId()));
		}
		return attended;
	}

}

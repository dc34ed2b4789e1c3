package org.cstofacts.event;

import java.util.ArrayList;
import java.util.Collection;
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
	public Map<String, List<Long>> of(Collection<String> personIds) {
		Map<String, List<Long>> attended = new HashMap<>();
		if (!personIds.isEmpty()) {
			for (Participation participation : events.findParticipations(personIds)) {
				attended.computeIfAbsent(participation.personId(), id -> new ArrayList<>()).add(participation.eventId());
			}
		}
		return attended;
	}

}

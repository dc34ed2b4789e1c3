package org.cstofacts.person;

import java.util.List;
import java.util.Map;

/** The events people took part in: events name their participants, so the events answer this. */
public interface Attendance {

	/** The ids of the events each person took part in, oldest first, by person id. */
	Map<String, List<Long>> byPerson();

}

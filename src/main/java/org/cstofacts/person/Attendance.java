package org.cstofacts.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The events people took part in: events name their participants, so the events answer this. */
public interface Attendance {

	/** The ids of the events each of these people took part in, oldest first, by person id; none for the others. */
	Map<String, List<Long>> of(Collection<String> personIds);

}

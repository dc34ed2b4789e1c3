package org.cstofacts.event;

import java.util.List;

import org.cstofacts.extraction.ArticleFacts.EventType;
import org.cstofacts.kernel.claim.MergedFactRepository;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends MergedFactRepository<Event, Long>, JpaSpecificationExecutor<Event> {

	/** The date and place each claim gives each event of the type, without loading the events' claims. */
	@Query("select distinct new org.cstofacts.event.EventDating(e.id, claim.date, claim.datePrecision, claim.place) "
			+ "from Event e join e.claims claim where e.type = ?1 order by e.id")
	List<EventDating> findDatingsByType(EventType type);

	List<Event> findAll(Sort sort);

	long countByType(EventType type);

}

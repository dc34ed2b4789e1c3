package org.cstofacts.event;

import java.util.Collection;
import java.util.List;

import org.cstofacts.extraction.ArticleFacts.EventType;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends JpaRepository<Event, Long>, JpaSpecificationExecutor<Event> {

	@Query("select distinct e from Event e join e.claims claim where claim.documentId = ?1")
	List<Event> findClaimedBy(Long documentId);

	/** The date and place each claim gives each event of the type, without loading the events' claims. */
	@Query("select distinct new org.cstofacts.event.EventDating(e.id, claim.date, claim.datePrecision, claim.place) "
			+ "from Event e join e.claims claim where e.type = ?1 order by e.id")
	List<EventDating> findDatingsByType(EventType type);

	List<Event> findAll(Sort sort);

	/** The events of these people, in {@link EventService#CHRONOLOGICAL} order. */
	@Query("select new org.cstofacts.event.Participation(person, e.id) "
			+ "from Event e join e.participantIds person where person in ?1 order by e.date, e.id")
	List<Participation> findParticipations(Collection<String> personIds);

	/** The events whose claims give more than one date, or dates of more than one precision: those that may disagree. */
	@Query("select e.id from Event e join e.claims claim group by e.id having count(distinct claim.date) > 1 "
			+ "or count(distinct claim.datePrecision) > 1 or count(claim.datePrecision) <> count(claim.date)")
	List<Long> findDatedMoreThanOnce();

	/** The events whose claims give more than one place: those that may disagree. */
	@Query("select e.id from Event e join e.claims claim group by e.id having count(distinct claim.place) > 1")
	List<Long> findPlacedMoreThanOnce();

	long countByType(EventType type);

}

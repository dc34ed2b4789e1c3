package org.cstofacts.event;

import java.util.Collection;
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

	/** The events of these people, in {@link EventService#CHRONOLOGICAL} order. */
	@Query("select new org.cstofacts.event.Participation(person, e.id) "
			+ "from Event e join e.participantIds person where person in ?1 order by e.date, e.id")
	List<Participation> findParticipations(Collection<String> personIds);

	/**
	 * The date and place of every claim of the events whose claims give more than one date, or dates of more than
	 * one precision: those that may disagree about their date.
	 */
	@Query("select new org.cstofacts.event.EventDating(e.id, claim.date, claim.datePrecision, claim.place) "
			+ "from Event e join e.claims claim where e.id in (select d.id from Event d join d.claims dated group by d.id "
			+ "having count(distinct dated.date) > 1 or count(distinct dated.datePrecision) > 1 "
			+ "or count(dated.datePrecision) <> count(dated.date))")
	List<EventDating> findDatingsOfDatedMoreThanOnce();

	/** The date and place of every claim of the events whose claims give more than one place. */
	@Query("select new org.cstofacts.event.EventDating(e.id, claim.date, claim.datePrecision, claim.place) "
			+ "from Event e join e.claims claim where e.id in (select p.id from Event p join p.claims placed group by p.id "
			+ "having count(distinct placed.place) > 1)")
	List<EventDating> findDatingsOfPlacedMoreThanOnce();

	long countByType(EventType type);

}

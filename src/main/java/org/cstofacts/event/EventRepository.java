package org.cstofacts.event;

import java.util.List;

import org.cstofacts.extraction.ArticleFacts.EventType;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface EventRepository extends JpaRepository<Event, Long>, JpaSpecificationExecutor<Event> {

	@Query("select distinct e from Event e join e.claims claim where claim.documentId = ?1")
	List<Event> findClaimedBy(Long documentId);

	List<Event> findByType(EventType type);

	List<Event> findAll(Sort sort);

	long countByType(EventType type);

}

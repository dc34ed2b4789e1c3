package org.cstofacts.statement;

import java.util.Collection;
import java.util.List;

import org.cstofacts.extraction.ArticleFacts.SpeakerType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StatementRepository extends JpaRepository<Statement, Long>, JpaSpecificationExecutor<Statement> {

	@Modifying
	@Query("delete from Statement s where s.documentId = ?1")
	int deleteByDocumentId(Long documentId);

	/** Pairs of speaker id and number of statements. */
	@Query("select s.speakerId, count(s) from Statement s where s.speakerType = ?1 and s.speakerId in ?2 group by s.speakerId")
	List<Object[]> countBySpeakers(SpeakerType speakerType, Collection<String> speakerIds);

	/** Pairs of document id and number of statements. */
	@Query("select s.documentId, count(s) from Statement s where s.documentId in ?1 group by s.documentId")
	List<Object[]> countByDocuments(Collection<Long> documentIds);

}

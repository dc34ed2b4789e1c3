package org.cstofacts.statement;

import java.util.Collection;

import org.cstofacts.extraction.ArticleFacts.SpeakerType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StatementRepository extends JpaRepository<Statement, Long>, JpaSpecificationExecutor<Statement> {

	@Modifying
	@Query("delete from Statement s where s.documentId = ?1")
	int deleteByDocumentId(Long documentId);

	long countBySpeakerTypeAndSpeakerId(SpeakerType speakerType, String speakerId);

	long countByDocumentIdIn(Collection<Long> documentIds);

}

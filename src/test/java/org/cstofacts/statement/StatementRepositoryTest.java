package org.cstofacts.statement;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cstofacts.extraction.ArticleFacts.SpeakerType;
import org.cstofacts.extraction.ArticleFacts.StatementKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
class StatementRepositoryTest {

	@Autowired
	private StatementRepository statements;

	@Autowired
	private TestEntityManager entities;

	/** Statements belong to stored documents. */
	@BeforeEach
	void storeThreeDocuments() {
		for (long id = 1; id <= 3; id++) {
			entities.getEntityManager()
				.createNativeQuery("insert into document (id, content_sha256, body, extractor_version, stored_at, "
						+ "country_count, organization_count, person_count, event_count, statement_count) "
						+ "values (?, ?, 'Title', '1', current_timestamp, 0, 0, 0, 0, 0)")
				.setParameter(1, id)
				.setParameter(2, String.valueOf(id).repeat(64))
				.executeUpdate();
		}
	}

	private void said(Long documentId, SpeakerType type, String speaker) {
		statements.saveAndFlush(new Statement(documentId, "words", StatementKind.QUOTE,
				new Statement.Speaker(type, speaker, speaker), null, 0, 5, " words "));
	}

	@Test
	void deletesTheStatementsOfOneDocumentOnly() {
		said(1L, SpeakerType.PERSON, "anna-example");
		said(2L, SpeakerType.PERSON, "anna-example");

		assertThat(statements.deleteByDocumentId(1L)).isOne();
		assertThat(statements.findAll()).extracting(Statement::getDocumentId).containsExactly(2L);
	}

	@Test
	void countsBySpeakerAndByDocuments() {
		said(1L, SpeakerType.PERSON, "anna-example");
		said(1L, SpeakerType.ORGANIZATION, "anna-example");
		said(2L, SpeakerType.PERSON, "anna-example");
		said(3L, SpeakerType.COUNTRY, "KAZ");

		assertThat(statements.countBySpeakers(SpeakerType.PERSON, List.of("anna-example", "KAZ", "nobody")))
			.containsExactly(new Object[] { "anna-example", 2L });
		assertThat(statements.countByDocuments(List.of(1L, 3L))).containsExactlyInAnyOrder(new Object[] { 1L, 2L },
				new Object[] { 3L, 1L });
	}

}

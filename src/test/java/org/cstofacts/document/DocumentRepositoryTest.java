package org.cstofacts.document;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
class DocumentRepositoryTest {

	@Autowired
	private DocumentRepository documents;

	private Document document(String sha256, String version) {
		Document document = new Document("Title\n\nText.\n", sha256, "test.txt", LocalDateTime.of(2024, 1, 1, 0, 0), null);
		document.describe(version, new org.cstofacts.extraction.ArticleFacts.Metadata("Title", null, null, null, null),
				java.util.List.of(new org.cstofacts.extraction.ArticleFacts.Section(null, 0, 5)));
		return document;
	}

	@Test
	void findsADocumentByTheHashOfItsText() {
		Document stored = documents.saveAndFlush(document("a".repeat(64), "1"));

		assertThat(documents.findByContentSha256("a".repeat(64))).get().extracting(Document::getId).isEqualTo(stored.getId());
		assertThat(documents.findByContentSha256("b".repeat(64))).isEmpty();
		assertThat(documents.findById(stored.getId()).orElseThrow().getSections()).hasSize(1);
	}

	@Test
	void theSameTextCannotBeStoredTwice() {
		documents.saveAndFlush(document("a".repeat(64), "1"));

		assertThatThrownBy(() -> documents.saveAndFlush(document("a".repeat(64), "1")))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void findsTheDocumentsAnotherExtractorVersionRead() {
		documents.saveAndFlush(document("a".repeat(64), "1"));
		Document current = documents.saveAndFlush(document("b".repeat(64), "2"));

		assertThat(documents.findByExtractorVersionNot("1")).containsExactly(current);
	}

}

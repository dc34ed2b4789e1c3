package org.cstofacts.document;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<Document, Long> {

	Optional<Document> findByContentSha256(String contentSha256);

	List<Document> findByExtractorVersionNot(String extractorVersion);

}

package org.cstofacts.document;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.cstofacts.extraction.ArticleFacts;
import org.springframework.stereotype.Component;

/**
 * Stores, reads again and removes documents: the ingest's way to them. It calls each write inside the transaction
 * that merges the document's facts.
 */
@Component
public class DocumentStore {

	private final DocumentRepository documents;

	private final StoredOriginalRepository originals;

	DocumentStore(DocumentRepository documents, StoredOriginalRepository originals) {
		this.documents = documents;
		this.originals = originals;
	}

	/** The document stored with the text whose SHA-256 this is, if any. */
	public Optional<DocumentSummary> findByContent(String contentSha256) {
		return documents.findByContentSha256(contentSha256).map(DocumentSummary::of);
	}

	/**
	 * Inserts the document at once, before its facts are merged: the unique hash decides between instances storing
	 * the same text.
	 * @param read what the extractor of this version read from the text
	 * @param original the bytes the text was read from
	 * @param publishedOffset the offset from UTC that the page gives with its publication time, or null
	 * @return the id of the new document
	 */
	public Long add(String text, String contentSha256, String sourceName, LocalDateTime storedAt,
			String extractorVersion, ArticleFacts read, DocumentOriginal original, ZoneOffset publishedOffset) {
		Document document = new Document(text, contentSha256, sourceName, storedAt, publishedOffset);
		document.describe(extractorVersion, read.metadata(), read.sections());
		Long id = documents.saveAndFlush(document).getId();
		originals.save(new StoredOriginal(id, original));
		return id;
	}

	/** Records how many facts of each kind were read from the document. */
	public DocumentSummary count(Long id, ExtractedCounts counts) {
		Document document = documents.findById(id).orElseThrow();
		document.count(counts);
		return DocumentSummary.of(document);
	}

	/** Takes what another extractor read from the stored text, and how many facts that gave. */
	public void describe(Long id, String extractorVersion, ArticleFacts read, ExtractedCounts counts) {
		Document document = documents.findById(id).orElseThrow();
		document.describe(extractorVersion, read.metadata(), read.sections());
		document.count(counts);
	}

	/** The ids of the documents that an extractor of another version read. */
	public List<Long> readByAnotherExtractor(String extractorVersion) {
		return documents.findByExtractorVersionNot(extractorVersion).stream().map(Document::getId).toList();
	}

	public Optional<DocumentDetail> find(Long id) {
		return documents.findById(id).map(DocumentDetail::of);
	}

	public boolean exists(Long id) {
		return documents.existsById(id);
	}

	public void delete(Long id) {
		originals.findById(id).ifPresent(originals::delete);
		originals.flush();
		documents.deleteById(id);
	}

}

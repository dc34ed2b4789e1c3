package org.cstofacts.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.locks.ReentrantLock;

import org.cstofacts.document.DocumentDetail;
import org.cstofacts.document.DocumentStore;
import org.cstofacts.document.ExtractedCounts;
import org.cstofacts.extraction.ArticleExtractor;
import org.cstofacts.extraction.ArticleFacts;
import org.cstofacts.kernel.web.ResourceNotFoundException;
import org.cstofacts.version.DataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way articles get in and out: used by the start-up loader and by the write API alike.
 * Storing an article and merging its facts is one transaction, so a failure leaves nothing behind.
 */
@Service
public class DocumentIngestService {

	private static final Logger log = LoggerFactory.getLogger(DocumentIngestService.class);

	private final DocumentStore documents;

	private final ArticleMerger merger;

	private final ArticleExtractor extractor;

	private final TransactionTemplate transaction;

	private final DataVersion dataVersion;

	private final Clock clock;

	/**
	 * Merging touches facts shared between articles: writes take turns, which also makes identical
	 * concurrent posts find the first one stored instead of racing on the unique hash.
	 */
	private final ReentrantLock writes = new ReentrantLock();

	DocumentIngestService(DocumentStore documents, ArticleMerger merger, ArticleExtractor extractor,
			TransactionTemplate transaction, DataVersion dataVersion, Clock clock) {
		this.documents = documents;
		this.merger = merger;
		this.extractor = extractor;
		this.transaction = transaction;
		this.dataVersion = dataVersion;
		this.clock = clock;
	}

	/**
	 * Stores the article and its facts, unless the same text is stored already.
	 * @param text the article, not blank
	 * @param sourceName where it came from (a file name, a client's label), or null
	 */
	public IngestResult ingest(String text, String sourceName) {
		return ingest(Article.plain(text, sourceName));
	}

	/** Stores the article, its original bytes and its facts, unless the same text is stored already. */
	IngestResult ingest(Article article) {
		String sha256 = sha256(article.text());
		writes.lock();
		try {
			var stored = documents.findByContent(sha256);
			if (stored.isPresent()) {
				return new IngestResult(stored.get(), false);
			}
			ArticleFacts read = extractor.extract(article.text());
			return store(article, sha256, read);
		}
		finally {
			writes.unlock();
		}
	}

	/**
	 * The document row goes in first, so that the unique hash decides between instances storing the same text at
	 * once; only then does the data version lock out the other writers for the merge of the facts.
	 */
	private IngestResult store(Article article, String sha256, ArticleFacts read) {
		try {
			return transaction.execute(status -> {
				Long id = documents.add(article.text(), sha256, article.sourceName(),
						LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS), extractor.version(), read,
						article.original(), article.publishedOffset());
				dataVersion.changed();
				return new IngestResult(documents.count(id, merger.add(id, read)), true);
			});
		}
		catch (DataIntegrityViolationException raced) {
			// Another process on the same database stored the same text first: that one is the answer.
			return new IngestResult(documents.findByContent(sha256).orElseThrow(() -> raced), false);
		}
	}

	/** Removes the article and every fact no other article supports. */
	public void delete(Long id) {
		writes.lock();
		try {
			transaction.executeWithoutResult(status -> {
				dataVersion.changed();
				if (!documents.exists(id)) {
					throw new ResourceNotFoundException("document", id);
				}
				merger.remove(id);
				documents.delete(id);
			});
		}
		finally {
			writes.unlock();
		}
	}

	/**
	 * Reads again the articles the current extractor has not read: documents are the source of truth,
	 * facts are derived, so an upgraded extractor never serves stale facts.
	 * @return how many documents were read again
	 */
	public int rebuildStale() {
		writes.lock();
		try {
			int rebuilt = 0;
			for (Long stale : documents.readByAnotherExtractor(extractor.version())) {
				Boolean readAgain = transaction.execute(status -> {
					dataVersion.changed();
					DocumentDetail document = documents.find(stale).orElse(null);
					if (document == null || extractor.version().equals(document.summary().extractorVersion())) {
						// Another instance on this database read it again (or deleted it) while this one waited.
						status.setRollbackOnly();
						return false;
					}
					String previous = document.summary().extractorVersion();
					merger.remove(stale);
					ArticleFacts read = extractor.extract(document.text());
					ExtractedCounts counts = merger.add(stale, read);
					documents.describe(stale, extractor.version(), read, counts);
					log.info("Rebuilt document {} ({}) read by extractor {} with extractor {}: {}", stale,
							document.summary().sourceName(), previous, extractor.version(), counts);
					return true;
				});
				if (Boolean.TRUE.equals(readAgain)) {
					rebuilt++;
				}
			}
			return rebuilt;
		}
		finally {
			writes.unlock();
		}
	}

	static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("every Java runtime has SHA-256", impossible);
		}
	}

}

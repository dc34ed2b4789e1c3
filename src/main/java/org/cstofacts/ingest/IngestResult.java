package org.cstofacts.ingest;

import org.cstofacts.document.DocumentSummary;

/**
 * The stored document for an article, and whether this ingest stored it or found it already stored.
 */
public record IngestResult(DocumentSummary document, boolean created) {
}

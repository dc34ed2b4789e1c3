package org.cstofacts.document;

/**
 * The stored document for an article, and whether this ingest stored it or found it already stored.
 */
public record IngestResult(Document document, boolean created) {
}

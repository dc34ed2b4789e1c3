package org.cstofacts.kernel.claim;

import java.time.LocalDateTime;

/**
 * What one document said about a fact. A fact keeps one claim per supporting document, so that it can
 * be served from its most recent article, list where articles disagree, and lose only what a deleted
 * article alone supported.
 */
public interface Claim {

	Long documentId();

	/** When the claiming article was published; null when it does not say. */
	LocalDateTime publishedAt();

}

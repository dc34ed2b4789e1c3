package org.cstofacts.extraction;

/**
 * Reads the facts of one article. Pure and thread-safe: the same text always gives the same facts,
 * and no text makes it throw.
 */
public interface ArticleExtractor {

	/** Bumped whenever the extractor would read different facts from the same text. */
	String version();

	ArticleFacts extract(String text);

}

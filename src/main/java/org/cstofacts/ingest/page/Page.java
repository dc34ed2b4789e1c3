package org.cstofacts.ingest.page;

import java.nio.charset.Charset;

/**
 * A web page read as an article.
 *
 * @param text the plain text the extraction pipeline reads, laid out as an article file is: the headline, a byline
 * with the publisher and publication time, then paragraphs and section headings separated by blank lines
 * @param metadata what the page's markup says about the article
 * @param charset the charset the page's bytes were read in
 */
public record Page(String text, PageMetadata metadata, Charset charset) {
}

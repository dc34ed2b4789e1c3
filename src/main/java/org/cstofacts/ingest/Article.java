package org.cstofacts.ingest;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

import org.cstofacts.document.DocumentOriginal;

/**
 * An article as received, ready to store.
 *
 * @param text the plain text the pipeline reads, not blank
 * @param sourceName where it came from (a file name, a client's label), or null
 * @param original the bytes the text was read from, with their media type
 * @param publishedOffset the offset from UTC that a page gives with its publication time, or null
 */
record Article(String text, String sourceName, DocumentOriginal original, ZoneOffset publishedOffset) {

	static final String PLAIN_UTF_8 = "text/plain;charset=UTF-8";

	/** An article that came as text, in UTF-8: its original is that text. */
	static Article plain(String text, String sourceName) {
		return new Article(text, sourceName, new DocumentOriginal(PLAIN_UTF_8, text.getBytes(StandardCharsets.UTF_8)),
				null);
	}

}

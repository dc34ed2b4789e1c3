package org.cstofacts.ingest.page;

import java.util.regex.Pattern;

/**
 * Text as a browser shows it on one line: runs of white space (no-break spaces too, which the pipeline's patterns do
 * not take for spaces) are one space; soft hyphens, zero-width spaces and control characters are not shown.
 */
final class InlineText {

	private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0]+");

	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\u00AD\\u200B\\uFEFF]");

	private InlineText() {
	}

	/** The text on one line, a space where it had white space, its ends included. */
	static String normalize(String text) {
		return INVISIBLE.matcher(WHITE_SPACE.matcher(text).replaceAll(" ")).replaceAll("");
	}

	/** The text on one line without white space at its ends. */
	static String collapse(String text) {
		return normalize(text).strip();
	}

}

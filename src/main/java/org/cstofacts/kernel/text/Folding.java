package org.cstofacts.kernel.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as matching sees it: lower case, without accents, punctuation as spaces.
 */
public final class Folding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private Folding() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
		return NOT_WORD.matcher(bare).replaceAll(" ").strip();
	}

	/** Folded words of the texts, joined, for a searchable column. */
	public static String searchText(Iterable<String> texts) {
		StringBuilder folded = new StringBuilder(" ");
		for (String text : texts) {
			String words = fold(text);
			if (!words.isEmpty()) {
				folded.append(words).append(' ');
			}
		}
		return folded.toString();
	}

	/**
	 * The folded texts as {@code | one name | another name |}, for a column that matches a whole name with
	 * {@code %| q |%}, the start of one with {@code %| q%}, and a word of one with {@code % w %} (see
	 * {@link Relevance}). Texts that fold to nothing are left out.
	 */
	public static String nameList(Iterable<String> texts) {
		StringBuilder folded = new StringBuilder("|");
		for (String text : texts) {
			String words = fold(text);
			if (!words.isEmpty()) {
				folded.append(' ').append(words).append(" |");
			}
		}
		return folded.toString();
	}

}

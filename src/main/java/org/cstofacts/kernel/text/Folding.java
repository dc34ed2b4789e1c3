package org.cstofacts.kernel.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Text as matching sees it: lower case, Latin letters as ASCII, punctuation as spaces.
 */
public final class Folding {

	/** The most characters {@link ASCIIFoldingFilter#foldToASCII} writes for one. */
	private static final int LONGEST_FOLD = 4;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private Folding() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		return NOT_WORD.matcher(ascii(text).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/**
	 * Latin letters as ASCII ({@code Łukašenka} as {@code Lukasenka}, {@code ß} as {@code ss}, {@code æ} as
	 * {@code ae}), and the letters of other scripts without their marks; case and punctuation as they are.
	 */
	public static String ascii(String text) {
		char[] composed = Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray();
		char[] folded = new char[composed.length * LONGEST_FOLD];
		int length = ASCIIFoldingFilter.foldToASCII(composed, 0, folded, 0, composed.length);
		String decomposed = Normalizer.normalize(new String(folded, 0, length), Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("");
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

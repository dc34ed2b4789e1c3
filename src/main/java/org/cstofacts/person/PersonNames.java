package org.cstofacts.person;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

import org.cstofacts.kernel.text.Folding;

/**
 * Identifiers and spelling variants of people's names.
 */
public final class PersonNames {

	private static final int LONGEST_ID = 200;

	/**
	 * Answers -1 beyond one edit. The extractor counts a swap of neighbours as one edit when it joins the spellings
	 * of one article, so merging across articles counts the same.
	 */
	private static final DamerauLevenshteinDistance ONE_EDIT = new DamerauLevenshteinDistance(1);

	private PersonNames() {
	}

	/** The slug of a full name: {@code Émile Dupont-Roy} becomes {@code emile-dupont-roy}. */
	public static String slug(String name) {
		String slug = Folding.ascii(name)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (slug.isEmpty()) {
			slug = "person-" + Integer.toUnsignedString(Folding.fold(name).hashCode(), 36);
		}
		return slug.length() > LONGEST_ID ? slug.substring(0, LONGEST_ID).replaceAll("-+$", "") : slug;
	}

	/**
	 * Whether two names are spellings of one name: as many parts, one at least the same, the others at
	 * most one letter apart (a transliteration variant such as an added or dropped letter, or a typing slip).
	 */
	public static boolean variants(String one, String other) {
		List<String> a = parts(one);
		List<String> b = parts(other);
		if (a.size() != b.size() || a.isEmpty()) {
			return false;
		}
		boolean anySame = false;
		for (int i = 0; i < a.size(); i++) {
			String x = a.get(i);
			String y = b.get(i);
			if (x.equals(y)) {
				anySame = true;
			}
			else if (Math.min(x.length(), y.length()) < 4 || !withinOneEdit(x, y)) {
				return false;
			}
		}
		return anySame;
	}

	private static List<String> parts(String name) {
		String folded = Folding.fold(name);
		return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
	}

	/** At most one letter added, dropped or replaced, or two neighbours swapped. */
	static boolean withinOneEdit(String x, String y) {
		return ONE_EDIT.apply(x, y) >= 0;
	}

}

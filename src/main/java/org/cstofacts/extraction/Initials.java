package org.cstofacts.extraction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 3a: names written with initials ({@code I.V. Rusu}, {@code A.Sh. Berg}, {@code E. Rusu}), as formal
 * texts write them. Initials are never a person of their own: such a name is the person whose full name the text
 * gives anywhere — in a caption or a note too — with the same surname and a given name starting with the first
 * initial; where it gives none, the name stays as written.
 */
final class Initials {

	/**
	 * One to three initials, Russian digraphs ({@code Sh.}, {@code Kh.}) and those of a hyphenated given name
	 * ({@code K.-J.}) included, then the surname.
	 */
	static final Pattern WITH_SURNAME = Pattern.compile("((?:(?:Sh|Kh|Zh|Ch|Ts|Yu|Ya|Ye|Yo|\\p{Lu})\\.-?\\s?){1,3})"
			+ "(\\p{Lu}[\\p{Ll}\\p{M}]+(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)*)\\b");

	private Initials() {
	}

	static boolean written(String name) {
		return WITH_SURNAME.matcher(name).matches();
	}

	/** The initials and surname starting exactly at {@code offset}, or null. */
	static Span at(String text, int offset) {
		Matcher name = WITH_SURNAME.matcher(text).region(offset, text.length());
		return name.lookingAt() ? new Span(offset, name.end()) : null;
	}

	/**
	 * The full name for {@code written}: one of {@code known} first, else the first such name anywhere in the text;
	 * empty when the text gives none.
	 */
	static Optional<String> fullName(String written, List<String> known, String text) {
		Matcher parts = WITH_SURNAME.matcher(written);
		if (!parts.matches()) {
			return Optional.empty();
		}
		String first = parts.group(1).substring(0, parts.group(1).indexOf('.'));
		String surname = parts.group(2);
		Optional<String> knownName = known.stream()
			.filter(name -> !written(name) && name.endsWith(" " + surname) && name.startsWith(first)
					&& name.split(" ").length >= 2)
			.findFirst();
		if (knownName.isPresent()) {
			return knownName;
		}
		Matcher inText = Pattern.compile("\\b(" + Pattern.quote(first) + "\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\s+"
				+ Pattern.quote(surname) + "\\b").matcher(text);
		return inText.find() ? Optional.of(inText.group(1) + " " + surname) : Optional.empty();
	}

}

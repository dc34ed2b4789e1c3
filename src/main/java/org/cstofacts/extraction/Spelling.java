package org.cstofacts.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * British spellings turned American without changing the length of the text, so offsets found in the result
 * hold in the original.
 */
final class Spelling {

	private static final Pattern BRITISH = Pattern.compile("(?<=[Oo]rgan|[Cc]ivil|[Mm]obil|[Nn]ormal|[Ss]tabil)is(?=ation|e|ing)|(?<=[Dd]efen)c(?=e)|(?<=[Cc]ent)re\\b");

	private Spelling() {
	}

	static String american(String text) {
		Matcher matcher = BRITISH.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (matcher.find()) {
			String replacement = switch (matcher.group()) {
				case "is" -> "iz";
				case "c" -> "s";
				default -> "er";
			};
			matcher.appendReplacement(out, replacement);
		}
		matcher.appendTail(out);
		return out.toString();
	}

}

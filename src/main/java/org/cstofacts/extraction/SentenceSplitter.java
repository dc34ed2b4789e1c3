package org.cstofacts.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Stage 1d: splits the blocks that carry facts into sentences. Abbreviations ({@code Nov.}, {@code Mr.},
 * {@code U.S.}) and initials do not end a sentence, and a quoted passage is never cut in two.
 */
public final class SentenceSplitter {

	/** {@code I.V.}, {@code A.Sh.}, {@code K.-J.}: initials, Russian digraphs and hyphenated given names included. */
	private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.-?|(?:Sh|Kh|Zh|Ch|Ts|Yu|Ya|Ye|Yo)\\.-?)+");

	private static final String CLOSERS = "”\"»’')]";

	private final ReferenceData reference;

	public SentenceSplitter(ReferenceData reference) {
		this.reference = reference;
	}

	public List<Sentence> split(String text, List<Block> blocks, List<Quote> quotes) {
		List<Sentence> sentences = new ArrayList<>();
		for (int b = 0; b < blocks.size(); b++) {
			Block block = blocks.get(b);
			if (!block.kind().carriesFacts()) {
				continue;
			}
			int start = block.span().start();
			int end = block.span().end();
			for (int i = start; i < end; i++) {
				char c = text.charAt(i);
				if (c != '.' && c != '!' && c != '?' && c != '…') {
					continue;
				}
				int boundary = i + 1;
				while (boundary < end && CLOSERS.indexOf(text.charAt(boundary)) >= 0) {
					boundary++;
				}
				if (boundary >= end || !Character.isWhitespace(text.charAt(boundary))
						|| !startsSentence(text, boundary, end) || insideQuote(boundary, quotes)
						|| (c == '.' && isAbbreviation(text, start, i))) {
					continue;
				}
				sentences.add(new Sentence(BlockReader.trim(text, start, boundary), b));
				start = boundary;
			}
			Span last = BlockReader.trim(text, start, end);
			if (last.length() > 0) {
				sentences.add(new Sentence(last, b));
			}
		}
		return List.copyOf(sentences);
	}

	private static boolean startsSentence(String text, int from, int end) {
		int k = from;
		while (k < end && Character.isWhitespace(text.charAt(k))) {
			k++;
		}
		if (k >= end) {
			return false;
		}
		char next = text.charAt(k);
		return Character.isUpperCase(next) || Character.isDigit(next) || "“\"«‘'(".indexOf(next) >= 0;
	}

	private static boolean insideQuote(int offset, List<Quote> quotes) {
		return quotes.stream().anyMatch(q -> q.outer().start() < offset && offset < q.outer().end());
	}

	private boolean isAbbreviation(String text, int blockStart, int stop) {
		int wordStart = stop;
		while (wordStart > blockStart && !Character.isWhitespace(text.charAt(wordStart - 1))
				&& "(“\"«‘".indexOf(text.charAt(wordStart - 1)) < 0) {
			wordStart--;
		}
		String word = text.substring(wordStart, stop + 1);
		return reference.isAbbreviation(word) || INITIALS.matcher(word).matches() && word.length() <= 6;
	}

}

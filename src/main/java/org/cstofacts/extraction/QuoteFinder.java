package org.cstofacts.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 1c: finds the passages in quote marks ({@code "…"}, {@code “…”}, {@code «…»}, and {@code ‘…’} where no
 * double marks surround them) of the blocks that carry facts. A mark left open runs to the end of its block, as
 * in a quotation that goes on into the next paragraph.
 */
public final class QuoteFinder {

	public List<Quote> find(String text, List<Block> blocks) {
		List<Quote> quotes = new ArrayList<>();
		for (int b = 0; b < blocks.size(); b++) {
			Block block = blocks.get(b);
			if (block.kind().carriesFacts()) {
				findIn(text, block.span(), b, quotes);
			}
		}
		return List.copyOf(quotes);
	}

	private static void findIn(String text, Span block, int blockIndex, List<Quote> quotes) {
		int i = block.start();
		while (i < block.end()) {
			char c = text.charAt(i);
			char close = closingMark(text, i, block);
			if (close == 0) {
				i++;
				continue;
			}
			int end = findClose(text, i + 1, block.end(), c, close);
			int innerEnd = end < 0 ? block.end() : end;
			int outerEnd = end < 0 ? block.end() : end + 1;
			Span inner = withoutTrailingComma(text, BlockReader.trim(text, i + 1, innerEnd));
			if (inner.length() > 0) {
				quotes.add(new Quote(new Span(i, outerEnd), inner, blockIndex));
			}
			i = outerEnd;
		}
	}

	/** {@code "We should act," he said}: the comma belongs to the sentence around the quote, not to the words. */
	private static Span withoutTrailingComma(String text, Span inner) {
		return inner.length() > 1 && text.charAt(inner.end() - 1) == ','
				? BlockReader.trim(text, inner.start(), inner.end() - 1) : inner;
	}

	/** The mark that closes a quotation opened at {@code i}, or 0 when no quotation opens there. */
	private static char closingMark(String text, int i, Span block) {
		char c = text.charAt(i);
		return switch (c) {
			case '“' -> '”';
			case '«' -> '»';
			case '„' -> '“';
			case '"' -> '"';
			case '‘' -> i == block.start() || !Character.isLetterOrDigit(text.charAt(i - 1)) ? '’' : 0;
			default -> 0;
		};
	}

	/**
	 * The closing mark of the quotation: its own kind first, so that marks of the other kind nested inside
	 * ({@code “… our "shield",”}) do not cut it; a straight mark closes a curly one (and back) only when its own
	 * kind never comes.
	 */
	private static int findClose(String text, int from, int to, char open, char close) {
		int own = findMark(text, from, to, close);
		if (own >= 0 || (open != '“' && open != '"')) {
			return own;
		}
		return findMark(text, from, to, open == '“' ? '"' : '”');
	}

	private static int findMark(String text, int from, int to, char close) {
		for (int j = from; j < to; j++) {
			char c = text.charAt(j);
			if (close == '’') {
				if (c == '’' && (j + 1 == to || !Character.isLetter(text.charAt(j + 1)))
						&& !Character.isWhitespace(text.charAt(j - 1))) {
					return j;
				}
			}
			else if (c == close) {
				return j;
			}
		}
		return -1;
	}

}

package org.cstofacts.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.cstofacts.extraction.Block.Kind;

/**
 * Stage 1a: cuts the article into blocks (runs of non-blank lines) and says what each is: the title (first line,
 * unless it reads as a paragraph: pasted text has none), byline or dateline lines under it, section headings, photo
 * captions and credits, notes around the text (update notes, credit lines, stage notes, separators), trailing tag
 * lines, paragraphs.
 */
public final class BlockReader {

	private static final Pattern CREDIT = Pattern
		.compile("(?i)©|\\b(?:picture|photo|photograph|image|credit|foto)s?\\s*:|\\bphoto\\s+by\\b");

	private static final Pattern BYLINE_MARK = Pattern
		.compile("[|·•♦]|^\\s*(?:By|Published|Updated|Posted)\\b|\\b\\d{1,2}:\\d{2}\\b");

	/** A block wholly in parentheses, angle or square brackets, or a row of stars or dashes. */
	private static final Pattern NOTE = Pattern.compile("\\([^()]*\\)|<[^<>]*>|\\[[^\\[\\]]*\\]|[*•\\s]+|[\\-–—_\\s]{3,}");

	private static final Pattern INNER_SENTENCE_END = Pattern.compile("[.!?][”\"»’')]*\\s+[“\"«‘(]?\\p{Lu}");

	/** {@code 10:30 a.m.}: the full stop of a clock time ends no sentence. */
	private static final Pattern CLOCK_HALF = Pattern.compile("(?<=\\d)\\s*[ap]\\.m\\.$");

	private static final int MAX_HEADING_WORDS = 14;

	/** A first line of this many words closed by a full stop is a sentence of the text, not its headline. */
	private static final int MIN_SENTENCE_WORDS = 6;

	private static final int MAX_BYLINE_LENGTH = 160;

	private final DateFinder dates;

	public BlockReader(DateFinder dates) {
		this.dates = dates;
	}

	public List<Block> read(String text) {
		List<Span> runs = new ArrayList<>(runsOfLines(text));
		List<Block> blocks = new ArrayList<>();
		if (!runs.isEmpty() && isTitle(text.substring(runs.get(0).start(),
				lineEnd(text, runs.get(0).start(), runs.get(0).end())))) {
			Span first = runs.remove(0);
			int titleEnd = lineEnd(text, first.start(), first.end());
			blocks.add(new Block(Kind.TITLE, trim(text, first.start(), titleEnd)));
			if (titleEnd < first.end()) {
				runs.add(0, trim(text, titleEnd + 1, first.end()));
			}
		}
		int headerRuns = 0;
		while (!runs.isEmpty() && headerRuns++ < 3) {
			Span run = runs.get(0);
			int bylineEnd = run.start();
			for (int lineStart = run.start(); lineStart < run.end();) {
				int lineEnd = lineEnd(text, lineStart, run.end());
				String line = text.substring(lineStart, lineEnd);
				if (line.length() > MAX_BYLINE_LENGTH || endsLikeSentence(line)) {
					break;
				}
				if (isByline(line)) {
					bylineEnd = Math.min(lineEnd + 1, run.end());
				}
				lineStart = lineEnd + 1;
			}
			if (bylineEnd == run.start()) {
				break;
			}
			blocks.add(new Block(Kind.BYLINE, trim(text, run.start(), bylineEnd)));
			runs.remove(0);
			if (bylineEnd < run.end()) {
				runs.add(0, trim(text, bylineEnd, run.end()));
				break;
			}
		}
		List<Block> body = new ArrayList<>();
		for (Span run : runs) {
			String words = run.of(text);
			Kind kind = NOTE.matcher(words).matches() ? Kind.NOTE
					: isCaption(words) ? Kind.CAPTION : looksLikeHeading(words) ? Kind.HEADING : Kind.PARAGRAPH;
			body.add(new Block(kind, run));
		}
		for (int i = body.size() - 1; i >= 0; i--) {
			if (body.get(i).kind() == Kind.NOTE) {
				continue;
			}
			if (!isTagLines(body.get(i).text(text))) {
				break;
			}
			body.set(i, new Block(Kind.TRAILER, body.get(i).span()));
		}
		blocks.addAll(body);
		return List.copyOf(blocks);
	}

	private static int lineEnd(String text, int from, int limit) {
		int end = text.indexOf('\n', from);
		return end < 0 || end > limit ? limit : end;
	}

	private boolean isByline(String line) {
		if (line.isBlank() || line.length() > MAX_BYLINE_LENGTH) {
			return false;
		}
		return BYLINE_MARK.matcher(line).find() || !dates.find(line, null).isEmpty() && !endsLikeSentence(line);
	}

	/**
	 * A first line that reads as a paragraph (longer than a heading, and ending like a sentence or holding more than
	 * one; or a sentence closed by a full stop, or a speaker's turn) is no title: pasted text often starts with its
	 * lead, headlines end without a full stop.
	 */
	private static boolean isTitle(String line) {
		String words = line.strip();
		int count = words.split("\\s+").length;
		if (words.endsWith(".") && (count >= MIN_SENTENCE_WORDS || words.contains(": "))) {
			return false;
		}
		return count <= MAX_HEADING_WORDS || !endsLikeSentence(line) && !INNER_SENTENCE_END.matcher(line).find();
	}

	private static boolean isCaption(String words) {
		return words.length() < 600 && CREDIT.matcher(words).find();
	}

	private static boolean looksLikeHeading(String words) {
		if (words.indexOf('\n') >= 0 || words.split("\\s+").length > MAX_HEADING_WORDS) {
			return false;
		}
		return !endsLikeSentence(words);
	}

	/** Tag or category lines closing an article: short lines none of which ends like a sentence. */
	private static boolean isTagLines(String words) {
		for (String line : words.split("\n")) {
			if (line.isBlank() || line.split("\\s+").length > MAX_HEADING_WORDS || endsLikeSentence(line)) {
				return false;
			}
		}
		return true;
	}

	private static boolean endsLikeSentence(String words) {
		String trimmed = CLOCK_HALF.matcher(words.strip()).replaceFirst("").replaceAll("[”\"»’')\\]]+$", "");
		char last = trimmed.isEmpty() ? '.' : trimmed.charAt(trimmed.length() - 1);
		return ".!?:;,…".indexOf(last) >= 0;
	}

	private static List<Span> runsOfLines(String text) {
		List<Span> runs = new ArrayList<>();
		int runStart = -1;
		int lineStart = 0;
		int runEnd = 0;
		while (lineStart <= text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			boolean blank = text.substring(lineStart, lineEnd).isBlank();
			if (!blank && runStart < 0) {
				runStart = lineStart;
			}
			if (!blank) {
				runEnd = lineEnd;
			}
			if (blank && runStart >= 0) {
				runs.add(trim(text, runStart, runEnd));
				runStart = -1;
			}
			lineStart = lineEnd + 1;
		}
		if (runStart >= 0) {
			runs.add(trim(text, runStart, runEnd));
		}
		return runs;
	}

	static Span trim(String text, int start, int end) {
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return new Span(start, end);
	}

}

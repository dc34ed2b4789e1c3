package org.cstofacts.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstofacts.extraction.Block.Kind;

/**
 * Stage 1e: the turns of a transcript. A paragraph opening with a speaker label ({@code President of Moldova
 * Ion Rusu:}, {@code Rusu:}, {@code I.V. Rusu:}) starts a turn; the turn goes on over the paragraphs after it that
 * are still speech (spoken in the first or second person, without quote marks of their own) and over stage notes
 * between them, and ends at the next label, a separator or narrative. Labels count only where the text has at
 * least two, so that a lone {@code Note:} paragraph does not make an article a transcript.
 */
public final class TurnReader {

	/** A capitalized word of a label: a name, a title, an initial or two ({@code A.Sh.}). */
	private static final String LABEL_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\.?|(?:\\p{Lu}\\p{Ll}?\\.)+)";

	private static final Pattern LABEL = Pattern.compile("^(" + LABEL_WORD + "(?:,?\\s+(?:" + LABEL_WORD
			+ "|of|the|and|for|on|de|von))*)\\s*:\\s+(?=\\S)");

	private static final int MAX_LABEL_WORDS = 14;

	/** Stage notes inside speech: {@code <…>}, {@code (Applause.)}. */
	private static final Pattern INLINE_NOTE = Pattern.compile("<[^<>\\n]{0,40}>|\\(\\p{Lu}[^()\\n]{0,60}[.!]\\)");

	private static final Pattern QUOTE_MARK = Pattern.compile("[“”«»\"]");

	private static final Pattern SEPARATOR = Pattern.compile("[*•\\s]+|[\\-–—_\\s]{3,}");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private final Set<String> notSpeakers;

	private final Pattern speechWords;

	public TurnReader(ReferenceData reference) {
		this.notSpeakers = reference.notSpeakerLabels();
		this.speechWords = Pattern.compile("\\b(?:" + String.join("|",
				reference.speechWords().stream().map(Pattern::quote).toList()) + ")\\b");
	}

	public List<Turn> read(String text, List<Block> blocks) {
		List<Integer> labelled = new ArrayList<>();
		List<Integer> labelEnds = new ArrayList<>();
		for (int b = 0; b < blocks.size(); b++) {
			int end = labelEnd(text, blocks.get(b));
			if (end > 0) {
				labelled.add(b);
				labelEnds.add(end);
			}
		}
		if (labelled.size() < 2) {
			return List.of();
		}
		List<Turn> turns = new ArrayList<>();
		for (int i = 0; i < labelled.size(); i++) {
			int first = labelled.get(i);
			int next = i + 1 < labelled.size() ? labelled.get(i + 1) : blocks.size();
			Block opening = blocks.get(first);
			Span label = BlockReader.trim(text, opening.span().start(), labelEnds.get(i));
			label = new Span(label.start(), text.lastIndexOf(':', labelEnds.get(i)));
			List<Span> parts = new ArrayList<>();
			parts.add(new Span(labelEnds.get(i), opening.span().end()));
			for (int b = first + 1; b < next; b++) {
				Block block = blocks.get(b);
				if (block.kind() == Kind.NOTE && !SEPARATOR.matcher(block.text(text)).matches()) {
					continue;
				}
				if (block.kind() != Kind.PARAGRAPH || !isSpeech(block.text(text))) {
					break;
				}
				parts.add(block.span());
			}
			turn(text, label, parts, first).ifPresent(turns::add);
		}
		return List.copyOf(turns);
	}

	/** Where the speech of a paragraph opening with a speaker label starts, or -1. */
	private int labelEnd(String text, Block block) {
		if (block.kind() != Kind.PARAGRAPH) {
			return -1;
		}
		String words = block.text(text);
		Matcher label = LABEL.matcher(words);
		if (!label.lookingAt()) {
			return -1;
		}
		String name = label.group(1);
		if (name.split("\\s+").length > MAX_LABEL_WORDS || notSpeakers.contains(name.toLowerCase(Locale.ROOT))) {
			return -1;
		}
		return block.span().start() + label.end();
	}

	private boolean isSpeech(String paragraph) {
		return !QUOTE_MARK.matcher(paragraph).find() && speechWords.matcher(paragraph).find();
	}

	private static java.util.Optional<Turn> turn(String text, Span label, List<Span> parts, int block) {
		List<String> paragraphs = new ArrayList<>();
		int start = -1;
		int end = -1;
		for (Span part : parts) {
			String said = INLINE_NOTE.matcher(part.of(text)).replaceAll(" ");
			said = WHITESPACE.matcher(said).replaceAll(" ").strip();
			if (said.isEmpty()) {
				continue;
			}
			paragraphs.add(said);
			Span spoken = spokenPart(text, part);
			start = start < 0 ? spoken.start() : start;
			end = spoken.end();
		}
		if (paragraphs.isEmpty()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new Turn(label, new Span(start, end), String.join(" ", paragraphs), block));
	}

	/** The part without the stage notes that open or close it. */
	private static Span spokenPart(String text, Span part) {
		int start = part.start();
		int end = part.end();
		boolean trimmed = true;
		while (trimmed) {
			trimmed = false;
			Span span = BlockReader.trim(text, start, end);
			start = span.start();
			end = span.end();
			Matcher note = INLINE_NOTE.matcher(text).region(start, end);
			if (note.lookingAt()) {
				start = note.end();
				trimmed = true;
			}
			for (Matcher closing = INLINE_NOTE.matcher(text).region(start, end); closing.find();) {
				if (closing.end() == end) {
					end = closing.start();
					trimmed = true;
				}
			}
		}
		return new Span(start, end);
	}

}

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

	/** The speaker, then a note on how the words reach us ({@code Rusu (via interpreter):}), then the colon. */
	private static final Pattern LABEL = Pattern.compile("^(" + LABEL_WORD + "(?:,?\\s+(?:" + LABEL_WORD
			+ "|of|the|and|for|on|de|von))*)(?:\\s*\\([^()\\n]{1,40}\\))?\\s*:\\s+(?=\\S)");

	/** Words of a label kept in capitals when the label is read in title case: acronyms, Roman numerals. */
	private static final Pattern KEPT_CAPITALS = Pattern.compile("(?:[IVX]+|\\p{Lu}\\.)+");

	private static final Pattern LABEL_LETTERS = Pattern.compile("[\\p{L}\\p{M}'’]+");

	private static final Set<String> LABEL_JOINERS = Set.of("of", "the", "and", "for", "on", "de", "von");

	/** Narrative told about the speakers: a paragraph in the past tense of a reporting verb ({@code said}). */
	private final Pattern narrative;

	private final Set<String> acronyms;

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
		this.narrative = Pattern.compile("\\b(?:" + String.join("|", reference.reportingVerbs()
			.stream()
			.filter(verb -> verb.endsWith("ed") || verb.equals("said") || verb.equals("told") || verb.equals("wrote"))
			.map(Pattern::quote)
			.toList()) + ")\\b");
		this.acronyms = reference.organizations()
			.stream()
			.map(ReferenceData.Organization::acronym)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	public List<Turn> read(String text, List<Block> blocks) {
		List<Integer> labelled = new ArrayList<>();
		List<Matcher> labels = new ArrayList<>();
		for (int b = 0; b < blocks.size(); b++) {
			Matcher label = label(text, blocks.get(b));
			if (label != null) {
				labelled.add(b);
				labels.add(label);
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
			Span label = new Span(opening.span().start() + labels.get(i).start(1),
					opening.span().start() + labels.get(i).end(1));
			List<Span> parts = new ArrayList<>();
			parts.add(new Span(opening.span().start() + labels.get(i).end(), opening.span().end()));
			parts.addAll(continuation(text, blocks, first + 1, next, next < blocks.size()));
			turn(text, label, parts, first).ifPresent(turns::add);
		}
		return List.copyOf(turns);
	}

	/**
	 * The paragraphs after a label that go on with its speech: those up to the last one spoken in the first or second
	 * person, and, when the next label follows right after, those in between that tell nothing about the speakers.
	 * Quote marks, a separator, a heading or narrative end the speech.
	 */
	private List<Span> continuation(String text, List<Block> blocks, int from, int next, boolean labelFollows) {
		List<Span> parts = new ArrayList<>();
		List<Span> pending = new ArrayList<>();
		for (int b = from; b < next; b++) {
			Block block = blocks.get(b);
			String words = block.text(text);
			if (block.kind() == Kind.NOTE && !SEPARATOR.matcher(words).matches()) {
				continue;
			}
			if (block.kind() != Kind.PARAGRAPH || QUOTE_MARK.matcher(words).find()) {
				return parts;
			}
			if (speechWords.matcher(words).find()) {
				parts.addAll(pending);
				pending.clear();
				parts.add(block.span());
			}
			else if (narrative.matcher(words).find()) {
				return parts;
			}
			else {
				pending.add(block.span());
			}
		}
		if (labelFollows) {
			parts.addAll(pending);
		}
		return parts;
	}

	/** The label a paragraph opens with (group 1 the speaker), or null. */
	private Matcher label(String text, Block block) {
		if (block.kind() != Kind.PARAGRAPH) {
			return null;
		}
		Matcher label = LABEL.matcher(block.text(text));
		if (!label.lookingAt()) {
			return null;
		}
		String name = label.group(1);
		if (name.split("\\s+").length > MAX_LABEL_WORDS || notSpeakers.contains(name.toLowerCase(Locale.ROOT))) {
			return null;
		}
		return label;
	}

	/**
	 * The text with every label set in capitals ({@code PRESIDENT OF ARMENIA ARAM PETROSYAN}) in title case
	 * ({@code President of Armenia Aram Petrosyan}), letter for letter, so that names and titles are found in it
	 * as anywhere else and every offset into it holds in the text.
	 */
	public String readable(String text, List<Turn> turns) {
		StringBuilder readable = new StringBuilder(text);
		for (Turn turn : turns) {
			String label = turn.label().of(text);
			if (!label.equals(label.toUpperCase(Locale.ROOT)) || label.equals(label.toLowerCase(Locale.ROOT))) {
				continue;
			}
			Matcher word = LABEL_LETTERS.matcher(label);
			while (word.find()) {
				String cased = cased(word.group(), word.start() == 0);
				readable.replace(turn.label().start() + word.start(), turn.label().start() + word.end(), cased);
			}
		}
		return readable.toString();
	}

	private String cased(String word, boolean first) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (acronyms.contains(word) || KEPT_CAPITALS.matcher(word).matches() || lower.length() != word.length()) {
			return word;
		}
		if (!first && LABEL_JOINERS.contains(lower)) {
			return lower;
		}
		return word.charAt(0) + lower.substring(1);
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

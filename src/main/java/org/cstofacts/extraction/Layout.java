package org.cstofacts.extraction;

import java.util.List;
import java.util.Optional;

/**
 * The article's structure: its text, metadata, blocks, sections, sentences, quoted passages and, in a transcript,
 * its turns.
 * Everything later stages read is located in it by span. {@code readable} is the text as names and titles are
 * looked for in it, letter for letter the same but for transcript labels set in capitals, given in title case.
 */
public record Layout(String text, String readable, ArticleFacts.Metadata metadata, List<String> datelinePlaces, List<Block> blocks,
		List<ArticleFacts.Section> sections, List<Sentence> sentences, List<Quote> quotes, List<Turn> turns) {

	public Layout {
		datelinePlaces = List.copyOf(datelinePlaces);
		blocks = List.copyOf(blocks);
		sections = List.copyOf(sections);
		sentences = List.copyOf(sentences);
		quotes = List.copyOf(quotes);
		turns = List.copyOf(turns);
	}

	/** The transcript turn whose speech holds the span, if any. */
	public Optional<Turn> turnHolding(Span span) {
		return turns.stream().filter(turn -> turn.speech().contains(span)).findFirst();
	}

	public String textOf(Span span) {
		return span.of(text);
	}

	public Optional<Sentence> sentenceAt(int offset) {
		for (Sentence sentence : sentences) {
			if (sentence.span().start() <= offset && offset < sentence.span().end()) {
				return Optional.of(sentence);
			}
		}
		return Optional.empty();
	}

	public Optional<Quote> quoteAt(int offset) {
		for (Quote quote : quotes) {
			if (quote.outer().start() <= offset && offset < quote.outer().end()) {
				return Optional.of(quote);
			}
		}
		return Optional.empty();
	}

	public boolean insideQuote(Span span) {
		return quotes.stream().anyMatch(quote -> quote.outer().contains(span));
	}

	/** The heading of the section the offset stands in, or null before the first heading. */
	public String headingAt(int offset) {
		String heading = null;
		for (ArticleFacts.Section section : sections) {
			if (section.start() <= offset && offset < section.end()) {
				heading = section.heading();
			}
		}
		return heading;
	}

	public boolean carriesFacts(int offset) {
		return blocks.stream()
			.anyMatch(block -> block.span().start() <= offset && offset < block.span().end()
					&& block.kind().carriesFacts());
	}

}

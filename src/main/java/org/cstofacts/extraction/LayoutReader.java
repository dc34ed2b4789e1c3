package org.cstofacts.extraction;

import java.util.ArrayList;
import java.util.List;

import org.cstofacts.extraction.ArticleFacts.Section;
import org.cstofacts.extraction.Block.Kind;

/**
 * Stage 1: the article's structure — blocks, metadata, sections, quoted passages, sentences and transcript turns.
 */
public final class LayoutReader {

	private final BlockReader blockReader;

	private final MetadataReader metadataReader;

	private final QuoteFinder quoteFinder = new QuoteFinder();

	private final SentenceSplitter sentenceSplitter;

	private final TurnReader turnReader;

	public LayoutReader(ReferenceData reference, DateFinder dates) {
		this.blockReader = new BlockReader(dates);
		this.metadataReader = new MetadataReader(dates, reference);
		this.sentenceSplitter = new SentenceSplitter(reference);
		this.turnReader = new TurnReader(reference);
	}

	public Layout read(String text) {
		List<Block> blocks = blockReader.read(text);
		MetadataReader.Result metadata = metadataReader.read(text, blocks);
		List<Quote> quotes = quoteFinder.find(text, blocks);
		List<Sentence> sentences = sentenceSplitter.split(text, blocks, quotes);
		List<Turn> turns = turnReader.read(text, blocks);
		return new Layout(text, turnReader.readable(text, turns), metadata.metadata(), metadata.datelinePlaces(), blocks,
				sections(text, blocks), sentences, quotes, turns);
	}

	private static List<Section> sections(String text, List<Block> blocks) {
		List<Section> sections = new ArrayList<>();
		int start = 0;
		String heading = null;
		for (Block block : blocks) {
			if (block.kind() == Kind.HEADING) {
				if (block.span().start() > start || heading != null) {
					sections.add(new Section(heading, start, block.span().start()));
				}
				heading = block.text(text).strip();
				start = block.span().start();
			}
		}
		sections.add(new Section(heading, start, text.length()));
		return List.copyOf(sections);
	}

}

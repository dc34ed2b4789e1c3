package org.cstofacts.extraction;

/** Runs the pipeline's stages one by one, so a test can look at what a stage hands on. */
final class Stages {

	static final ReferenceData REFERENCE = ReferenceData.standard();

	static final DateFinder DATES = new DateFinder(REFERENCE);

	private Stages() {
	}

	/** An article with a title and byline above {@code body}, so that its paragraphs are read as such. */
	static String article(String body) {
		return "A Test Headline\n\nTest Wire | March 3, 2023 | 10:00\n\n" + body + "\n";
	}

	static Layout layout(String text) {
		return new LayoutReader(REFERENCE, DATES).read(text);
	}

	static Mentions mentions(Layout layout) {
		return new MentionFinder(REFERENCE, DATES).find(layout);
	}

	static People people(Layout layout) {
		return new PersonFinder(Stages.REFERENCE).find(layout, mentions(layout));
	}

}

package org.cstofacts.extraction;

/** A run of non-blank lines of the article, with what part of an article it is. */
public record Block(Kind kind, Span span) {

	public enum Kind {

		/**
		 * {@code NOTE}: words set around the article rather than in it — update notes and credit lines in
		 * parentheses, stage notes of a transcript ({@code (Applause.)}, {@code <…>}) and separators
		 * ({@code * * *}).
		 */
		TITLE, BYLINE, HEADING, PARAGRAPH, CAPTION, TRAILER, NOTE;

		/** Blocks whose words are read for facts; bylines, captions and tag lines are not. */
		public boolean carriesFacts() {
			return this == TITLE || this == HEADING || this == PARAGRAPH;
		}

	}

	public String text(String article) {
		return span.of(article);
	}

}

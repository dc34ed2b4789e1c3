package org.cstofacts.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cstofacts.ingest.page.ArticleBody.Kind;
import org.cstofacts.ingest.page.ArticleBody.TextBlock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ArticleBodyTest {

	private static final String SENTENCE = "The ferry between Port Amsel and the Sorren islands will keep running "
			+ "through the winter for the first time.";

	private static List<String> texts(String body) {
		return ArticleBody.read(Jsoup.parse("<html><body>" + body + "</body></html>"), "The headline")
			.stream()
			.map(TextBlock::text)
			.toList();
	}

	@Test
	void putsAQuotationThatRunsOverParagraphsInMarksAsPrintDoes() {
		assertThat(texts("<p>" + SENTENCE + "</p><blockquote><p>We waited ten years.</p><p>Now the boat comes every "
				+ "day.</p><footer>— Pia Sorensen</footer></blockquote>"))
			.containsExactly(SENTENCE, "“We waited ten years.", "“Now the boat comes every day.” — Pia Sorensen");
	}

	@Test
	void leavesTheMarksOfABlockQuoteThatHasThem() {
		assertThat(texts("<blockquote>«We waited ten years,» she said.</blockquote>"))
			.containsExactly("«We waited ten years,» she said.");
	}

	@Test
	void takesTheAttributionOfAQuotationFromItsFigureCaption() {
		assertThat(texts("<p>" + SENTENCE + "</p><figure><blockquote><p>We waited ten years.</p></blockquote>"
				+ "<figcaption>Pia Sorensen, residents' association</figcaption></figure>"))
			.containsExactly(SENTENCE, "“We waited ten years.” — Pia Sorensen, residents' association");
	}

	@Test
	void putsAnInlineQuotationInMarks() {
		assertThat(texts("<p>She called it <q>a good day for the islands</q> and left.</p>"))
			.containsExactly("She called it “a good day for the islands” and left.");
	}

	@Test
	void leavesOutEmbeddedPostsAndPullQuotesThatRepeatTheText() {
		assertThat(texts("<p>" + SENTENCE + "</p><blockquote class=\"twitter-tweet\"><p>Great news for the islands!"
				+ "</p></blockquote><aside class=\"pullquote\">“We waited ten years”</aside>"
				+ "<div class=\"pull-quote\"><p>“We waited ten years”</p></div>"
				+ "<figure class=\"wp-block-pullquote\"><blockquote><p>We waited ten years</p></blockquote></figure>"))
			.containsExactly(SENTENCE);
	}

	@Test
	void keepsAnOrderedListAsOneBlockWithItsNumbersAndALineAnItem() {
		assertThat(texts("<p>The council approved:</p><ol start=\"3\"><li>the timetable;</li><li>the fares.</li></ol>"
				+ "<ul><li>first point</li><li>second point</li></ul>"))
			.containsExactly("The council approved:", "3. the timetable;\n4. the fares.", "first point\nsecond point");
	}

	@Test
	void readsParagraphsInsideListItemsAsLinesOfTheList() {
		assertThat(texts("<ol><li><p>the timetable;</p></li><li><p>the fares,</p><p>from 1 May.</p></li></ol>"))
			.containsExactly("1. the timetable;\n2. the fares,\nfrom 1 May.");
	}

	@Test
	void leavesOutWhatThePageHides() {
		assertThat(texts("<p>" + SENTENCE + "</p><p hidden>Hidden teaser.</p><p style=\"display: none\">Invisible."
				+ "</p><div aria-hidden=\"true\">Decoration.</div><span class=\"sr-only\">Skip to content</span>"))
			.containsExactly(SENTENCE);
	}

	@Test
	void readsATextSetInADivWithLineBreaksAsParagraphs() {
		assertThat(texts("<div>First paragraph of the text.<br><br>Second paragraph,<br>in two lines.</div>"))
			.containsExactly("First paragraph of the text.", "Second paragraph,\nin two lines.");
	}

	@Test
	void turnsNoBreakSpacesIntoSpacesAndDropsSoftHyphensAndZeroWidthSpaces() {
		assertThat(texts("<p>On&nbsp;9&nbsp;April the ferry&shy;man left\u200B early.</p>"))
			.containsExactly("On 9 April the ferryman left early.");
	}

	@Test
	void readsAPageWrappedWholeInABoxWithTheNameOfPageFurniture() {
		assertThat(texts("<div class=\"page has-sidebar with-share-tools\"><p>" + SENTENCE + "</p><p>" + SENTENCE
				+ "</p></div><div class=\"sidebar\"><p>Weather: light rain.</p></div>"))
			.containsExactly(SENTENCE, SENTENCE);
	}

	@Test
	void leavesOutTheFirstHeadingAndHeadingsThatRepeatTheHeadlineButKeepsSectionHeadings() {
		List<TextBlock> blocks = ArticleBody.read(Jsoup.parse("<h1>The Headline!</h1><article><h2>The headline</h2>"
				+ "<p>" + SENTENCE + "</p><h3>Winter service</h3><p>" + SENTENCE + "</p></article>"), "The headline");

		assertThat(blocks).containsExactly(new TextBlock(Kind.PARAGRAPH, SENTENCE),
				new TextBlock(Kind.HEADING, "Winter service"), new TextBlock(Kind.PARAGRAPH, SENTENCE));
	}

	@Test
	void leavesOutHeadingsAndParagraphsThatAreMostlyLinks() {
		assertThat(texts("<p>" + SENTENCE + "</p><h3><a href=\"/x\">Bridge to the islands ruled out again</a></h3>"
				+ "<p>See also: <a href=\"/y\">The new timetable, crossing by crossing</a></p>"))
			.containsExactly(SENTENCE);
	}

	@Test
	void takesTheArticleElementThatHoldsMostOfThePageOverTeaserArticles() {
		assertThat(texts("<article><p>Teaser of another story.</p></article><article><p>" + SENTENCE + "</p><p>"
				+ SENTENCE + "</p></article>"))
			.containsExactly(SENTENCE, SENTENCE);
	}

}

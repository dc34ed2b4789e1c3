package org.cstofacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceAndQuoteTest {

	private static List<String> sentences(String body) {
		Layout layout = Stages.layout(Stages.article(body));
		return layout.sentences().stream().skip(1).map(s -> layout.textOf(s.span())).toList();
	}

	private static List<String> quotes(String body) {
		Layout layout = Stages.layout(Stages.article(body));
		return layout.quotes().stream().map(q -> layout.textOf(q.inner())).toList();
	}

	@Test
	void abbreviationsAndInitialsDoNotEndASentence() {
		assertThat(sentences("Talks began on Nov. 5 in the city. The U.S. envoy left. Mr. Ivanov stayed."))
			.containsExactly("Talks began on Nov. 5 in the city.", "The U.S. envoy left.", "Mr. Ivanov stayed.");
	}

	@Test
	void aQuotedPassageIsNeverCutInTwo() {
		assertThat(sentences("He said \"We came. We stayed.\" Then he left."))
			.containsExactly("He said \"We came. We stayed.\"", "Then he left.");
		assertThat(sentences("“We came,” he said. “We stayed.”")).containsExactly("“We came,” he said.",
				"“We stayed.”");
	}

	@Test
	void findsEveryKindOfQuoteMarks() {
		assertThat(quotes("He said \"one\" and “two” and «three» and ‘four’."))
			.containsExactly("one", "two", "three", "four");
	}

	@Test
	void apostrophesAndNestedSingleQuotesStayInsideTheirQuote() {
		assertThat(quotes("She said: “The alliance’s ‘new plan’ works.” It’s done."))
			.containsExactly("The alliance’s ‘new plan’ works.");
	}

	@Test
	void quoteLeavesOutTheCommaThatBelongsToTheSentence() {
		assertThat(quotes("“We will stay,” he said.")).containsExactly("We will stay");
	}

	@Test
	void aQuoteLeftOpenRunsToTheEndOfItsParagraph() {
		assertThat(quotes("He said: “We will stay here.\n\nNext paragraph.")).containsExactly("We will stay here.");
	}

	@Test
	void quoteSpanPointsAtTheQuotedWords() {
		String text = Stages.article("He said “we stay” twice.");
		Quote quote = Stages.layout(text).quotes().get(0);
		assertThat(quote.inner().of(text)).isEqualTo("we stay");
		assertThat(quote.outer().of(text)).isEqualTo("“we stay”");
	}

}

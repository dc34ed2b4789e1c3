package org.cstofacts.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTest {

	@Test
	void aSnippetShowsTheTextAroundTheMatch() {
		String text = "a".repeat(300) + " treaty " + "b".repeat(300);
		String snippet = SearchService.snippet(text, "treaty");
		assertThat(snippet).contains("treaty").startsWith("…").endsWith("…").hasSizeLessThan(170);
		assertThat(SearchService.snippet("short text", "text")).isEqualTo("short text");
	}

}

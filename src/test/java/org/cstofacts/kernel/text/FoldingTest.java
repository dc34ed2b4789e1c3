package org.cstofacts.kernel.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FoldingTest {

	@Test
	void foldingDropsCaseAccentsAndPunctuation() {
		assertThat(Folding.fold("Zürich, Café—NAÏVE!")).isEqualTo("zurich cafe naive");
		assertThat(Folding.fold(null)).isEmpty();
	}

	@Test
	void aSearchColumnHoldsEveryWordBetweenSpaces() {
		assertThat(Folding.searchText(List.of("Kyrgyz Republic", "KGZ"))).isEqualTo(" kyrgyz republic kgz ");
	}

	@Test
	void queryWordsAreFolded() {
		assertThat(WordMatch.words("  Résumé  TALKS ")).containsExactly("resume", "talks");
		assertThat(WordMatch.words(" ,; ")).isEmpty();
	}

}

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
	void latinLettersWithoutADecompositionFoldToAscii() {
		assertThat(Folding.fold("Łukašenka")).isEqualTo(Folding.fold("Lukasenka")).isEqualTo("lukasenka");
		assertThat(Folding.fold("Søren Weiß")).isEqualTo("soren weiss");
		assertThat(Folding.fold("Æsir Đorđe")).isEqualTo("aesir dorde");
	}

	@Test
	void decomposedAccentsAndOtherScriptsLoseTheirMarks() {
		assertThat(Folding.fold("Cafe\u0301")).isEqualTo("cafe");
		assertThat(Folding.fold("Йошкар-Ола")).isEqualTo("иошкар ола");
	}

	@Test
	void asciiKeepsCaseAndPunctuation() {
		assertThat(Folding.ascii("Łukašenka, Ø.")).isEqualTo("Lukasenka, O.");
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

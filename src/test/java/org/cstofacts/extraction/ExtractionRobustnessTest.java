package org.cstofacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The extractor reads anything it is given without throwing, and every span it returns lies inside the text. */
class ExtractionRobustnessTest {

	private static final ArticleExtractor EXTRACTOR = ExtractionPipeline.standard();

	private static final String ALPHABET = "aZ .,;:!?\"“”«»‘’'()-–—|·♦©/\n\t\r 0123456789Москваé\u0000\uD83D\uDE00";

	@Test
	void emptyAndBlankTextsGiveNoFacts() {
		for (String text : List.of("", " ", "\n\n\n", "\"", "“", "Title only")) {
			ArticleFacts facts = EXTRACTOR.extract(text);
			assertThat(facts.people()).isEmpty();
			assertThat(facts.statements()).isEmpty();
		}
	}

	@Test
	void mangledArticlesNeverMakeItThrow() throws IOException {
		String article = resource("csto-summit-2022-05-16.txt");
		Random random = new Random(20221116L);
		for (int round = 0; round < 300; round++) {
			String text = mangle(article, random);
			assertThatCode(() -> checkSpans(text, EXTRACTOR.extract(text))).as("round %d", round)
				.doesNotThrowAnyException();
		}
	}

	@Test
	void randomTextNeverMakesItThrow() {
		Random random = new Random(42L);
		for (int round = 0; round < 300; round++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(400);
			for (int i = 0; i < length; i++) {
				text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			String input = text.toString();
			assertThatCode(() -> checkSpans(input, EXTRACTOR.extract(input))).doesNotThrowAnyException();
		}
	}

	private static String mangle(String article, Random random) {
		List<String> lines = new ArrayList<>(List.of(article.split("\n", -1)));
		switch (random.nextInt(4)) {
			case 0 -> Collections.shuffle(lines, random);
			case 1 -> lines.subList(random.nextInt(lines.size()), lines.size()).clear();
			case 2 -> lines.replaceAll(line -> line.isEmpty() || random.nextBoolean() ? line
					: line.substring(random.nextInt(line.length())));
			default -> lines.replaceAll(line -> line.replace('"', '“').replace(' ', random.nextBoolean() ? ' ' : '\n'));
		}
		String text = String.join("\n", lines);
		int cut = random.nextInt(text.length() + 1);
		return random.nextBoolean() ? text.substring(0, cut) : text;
	}

	private static void checkSpans(String text, ArticleFacts facts) {
		facts.statements().forEach(s -> assertThat(s.span().of(text)).isEqualTo(s.text()));
		facts.people().forEach(p -> p.sources().forEach(span -> assertThat(span.end()).isLessThanOrEqualTo(text.length())));
		facts.countries().forEach(c -> c.sources().forEach(span -> assertThat(span.end()).isLessThanOrEqualTo(text.length())));
		facts.events().forEach(e -> e.sources().forEach(span -> assertThat(span.end()).isLessThanOrEqualTo(text.length())));
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = ExtractionRobustnessTest.class.getResourceAsStream("/articles/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}

package org.cstofacts.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.cstofacts.extraction.ArticleExtractor;
import org.cstofacts.extraction.ArticleFacts;
import org.cstofacts.extraction.ExtractionPipeline;
import org.cstofacts.extraction.Span;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extraction pipeline reads any text without throwing, and whatever it reads stays traceable: every span lies
 * inside the text, and a statement's span holds exactly its words.
 */
class ExtractionPropertiesTest {

	private static final ArticleExtractor EXTRACTOR = ExtractionPipeline.standard();

	private static final List<String> ARTICLES = Stream
		.of("csto-summit-2022-05-16", "csto-summit-2017-11-30", "csto-summit-2022-11-23",
				"csto-extraordinary-session-2022-01-10", "csto-video-session-2020-12-02", "genre-astana-2024-11-28",
				"genre-dushanbe-2021-09-16", "genre-minsk-2023-11-23")
		.map(ExtractionPropertiesTest::article)
		.toList();

	/** The marks and separators the pipeline reads structure from, over-represented on purpose. */
	private static final String STRUCTURE = "\"“”«»‘’'()[]-–—|·•♦©/.,;:!?\n\n\r\t \u00a0\u2028\u200b";

	@Test
	void anyTextIsReadWithoutThrowingAndEverySpanLiesInIt() {
		RandomInput random = new RandomInput(7003L);
		for (int attempt = 0; attempt < 200; attempt++) {
			String text = switch (random.weighted(1, 1, 1)) {
				case 0 -> random.anyString(2000);
				case 1 -> random.stringOf(STRUCTURE + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 2000);
				default -> HostileInput.value(random);
			};
			assertTraceable(text, EXTRACTOR.extract(text));
		}
	}

	@Test
	void mangledArticlesAreReadWithoutThrowingAndEverySpanLiesInThem() {
		RandomInput random = new RandomInput(7004L);
		for (int attempt = 0; attempt < 150; attempt++) {
			String text = random.pick(ARTICLES);
			int edits = random.between(1, 5);
			for (int i = 0; i < edits; i++) {
				text = mangle(text, random);
			}
			assertTraceable(text, EXTRACTOR.extract(text));
		}
	}

	/** Cuts, duplicated stretches, spliced-in hostile text, swapped quote marks, lost line breaks, case. */
	private static String mangle(String text, RandomInput random) {
		int from = position(text, random.fraction());
		int to = position(text, random.fraction());
		int low = Math.min(from, to);
		int high = Math.max(from, to);
		return switch (random.weighted(1, 1, 1, 1)) {
			case 0 -> text.substring(0, low) + text.substring(high);
			case 1 -> text.substring(0, high) + text.substring(low, high) + text.substring(high);
			case 2 -> text.substring(0, low)
					+ (random.chance() ? HostileInput.value(random) : random.stringOf(STRUCTURE, 20))
					+ text.substring(low);
			default -> random.pick(MARK_EDITS).apply(text);
		};
	}

	private static final List<Edit> MARK_EDITS = List.of(text -> text.replace('“', '"').replace('”', '"'),
			text -> text.replace('"', '“'), text -> text.replace("”", ""), text -> text.replace("\n", " "),
			text -> text.replace("\n", "\r\n"), text -> text.replace(" ", "\n"), String::toUpperCase,
			String::toLowerCase, text -> text.replace(".", ""), text -> new StringBuilder(text).reverse().toString());

	private static int position(String text, double fraction) {
		int at = (int) Math.round(fraction * text.length());
		// never split a surrogate pair: the API never receives one split, as UTF-8 cannot carry it
		return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
	}

	private static void assertTraceable(String text, ArticleFacts facts) {
		List<Span> spans = new ArrayList<>();
		facts.sections().forEach(section -> spans.add(new Span(section.start(), section.end())));
		facts.countries().forEach(country -> spans.addAll(country.sources()));
		facts.organizations().forEach(organization -> spans.addAll(organization.sources()));
		facts.people().forEach(person -> spans.addAll(person.sources()));
		facts.events().forEach(event -> spans.addAll(event.sources()));
		facts.statements().forEach(statement -> spans.add(statement.span()));
		assertThat(spans).allSatisfy(span -> assertThat(span.end()).as("end of %s", span).isLessThanOrEqualTo(text.length()));
		assertThat(facts.statements())
			.allSatisfy(statement -> assertThat(statement.span().of(text)).isEqualTo(statement.text()));
	}

	private static String article(String name) {
		try (InputStream in = ExtractionPropertiesTest.class.getResourceAsStream("/articles/" + name + ".txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface Edit {

		String apply(String text);

	}

}

package org.cstofacts.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

	@Property(tries = 200)
	void anyTextIsReadWithoutThrowingAndEverySpanLiesInIt(@ForAll("texts") String text) {
		assertTraceable(text, EXTRACTOR.extract(text));
	}

	@Property(tries = 150)
	void mangledArticlesAreReadWithoutThrowingAndEverySpanLiesInThem(@ForAll("mangledArticles") String text) {
		assertTraceable(text, EXTRACTOR.extract(text));
	}

	@Provide
	Arbitrary<String> texts() {
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(2000),
				Arbitraries.strings().withChars(STRUCTURE).withCharRange('a', 'z').withCharRange('A', 'Z')
					.withCharRange('0', '9').ofMaxLength(2000),
				HostileInput.values());
	}

	@Provide
	Arbitrary<String> mangledArticles() {
		return Arbitraries.of(ARTICLES).flatMap(article -> mangle(article).list().ofMinSize(1).ofMaxSize(5)
			.map(edits -> {
				String text = article;
				for (Edit edit : edits) {
					text = edit.apply(text);
				}
				return text;
			}));
	}

	/** Cuts, duplicated stretches, spliced-in hostile text, swapped quote marks, lost line breaks, case. */
	private static Arbitrary<Edit> mangle(String article) {
		Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
		Arbitrary<Edit> cut = Combinators.combine(at, at).as((a, b) -> text -> {
			int from = position(text, Math.min(a, b));
			int to = position(text, Math.max(a, b));
			return text.substring(0, from) + text.substring(to);
		});
		Arbitrary<Edit> duplicate = Combinators.combine(at, at).as((a, b) -> text -> {
			int from = position(text, Math.min(a, b));
			int to = position(text, Math.max(a, b));
			return text.substring(0, to) + text.substring(from, to) + text.substring(to);
		});
		Arbitrary<Edit> splice = Combinators.combine(at, Arbitraries.oneOf(HostileInput.values(),
				Arbitraries.strings().withChars(STRUCTURE).ofMaxLength(20))).as((a, inserted) -> text -> {
					int where = position(text, a);
					return text.substring(0, where) + inserted + text.substring(where);
				});
		Arbitrary<Edit> marks = Arbitraries.of(List.<Edit>of(text -> text.replace('“', '"').replace('”', '"'),
				text -> text.replace('"', '“'), text -> text.replace("”", ""), text -> text.replace("\n", " "),
				text -> text.replace("\n", "\r\n"), text -> text.replace(" ", "\n"), String::toUpperCase,
				String::toLowerCase, text -> text.replace(".", ""), text -> new StringBuilder(text).reverse().toString()));
		return Arbitraries.oneOf(cut, duplicate, splice, marks);
	}

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

package org.cstofacts.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.cstofacts.extraction.ArticleFacts;
import org.cstofacts.extraction.ExtractionPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dev and seed articles of the evaluation kit, each wrapped in a page of one of several layouts (agency with
 * JSON-LD, newspaper with OpenGraph, ads and block quotes, ministry in tables, secretariat with microdata and an
 * ordered list, transcript, a text split by ads and related links) by {@code pages/dev/wrap-articles.py}: the
 * pipeline must read the same facts from the page's text as from the article itself. It compares the pipeline
 * with itself, so it holds whatever the extractor reads.
 */
class DevArticlePagesTest {

	private static final ExtractionPipeline PIPELINE = ExtractionPipeline.standard();

	private final PageReader reader = new PageReader();

	static Stream<String> articles() {
		return Stream.of("csto-extraordinary-session-2022-01-10", "csto-summit-2018-11-08", "csto-summit-2017-11-30",
				"csto-summit-2022-11-23", "csto-summit-2016-10-14", "csto-video-session-2020-12-02",
				"csto-video-session-2021-08-23", "csto-summit-2022-05-16");
	}

	private record Read(String text, ArticleFacts facts) {
	}

	private Read article(String name) {
		String text = new String(PageReaderTest.bytes("dev/" + name + ".txt"), StandardCharsets.UTF_8);
		return new Read(text, PIPELINE.extract(text));
	}

	private Read page(String name) {
		String text = reader.read(PageReaderTest.bytes("dev/" + name + ".html"), null).text();
		return new Read(text, PIPELINE.extract(text));
	}

	@ParameterizedTest
	@MethodSource("articles")
	void readsTheSamePeopleFromThePageAsFromTheArticle(String name) {
		assertThat(people(page(name).facts())).isEqualTo(people(article(name).facts())).isNotEmpty();
	}

	@ParameterizedTest
	@MethodSource("articles")
	void readsTheSameCountriesAndMembersFromThePageAsFromTheArticle(String name) {
		assertThat(countries(page(name).facts())).isEqualTo(countries(article(name).facts())).isNotEmpty();
	}

	@ParameterizedTest
	@MethodSource("articles")
	void readsTheSameEventsFromThePageAsFromTheArticle(String name) {
		assertThat(events(page(name).facts())).isEqualTo(events(article(name).facts())).isNotEmpty();
	}

	/** Not every article's statements are read yet (transcripts wait for issue 11): none is compared on nothing. */
	@ParameterizedTest
	@MethodSource("articles")
	void readsTheSameStatementsAndSpeakersFromThePageAsFromTheArticle(String name) {
		assertThat(statements(page(name).facts())).isEqualTo(statements(article(name).facts()));
	}

	@Test
	void comparesStatementsOfMostArticles() {
		assertThat(articles().filter(name -> !statements(page(name).facts()).isEmpty())).hasSizeGreaterThan(5);
	}

	@ParameterizedTest
	@MethodSource("articles")
	void readsTheSameTitleAndDayOfPublicationFromThePageAsFromTheArticle(String name) {
		ArticleFacts.Metadata page = page(name).facts().metadata();
		ArticleFacts.Metadata article = article(name).facts().metadata();

		assertThat(page.title()).isEqualTo(article.title());
		assertThat(page.publishedAt().toLocalDate()).isEqualTo(article.publishedAt().toLocalDate());
	}

	/** A transcript turn's paragraphs are joined by one space in its text, and stand as written in its span. */
	@ParameterizedTest
	@MethodSource("articles")
	void pointsEveryStatementSpanIntoThePageText(String name) {
		Read page = page(name);

		assertThat(page.facts().statements()).allSatisfy(statement -> assertThat(
				page.text().substring(statement.span().start(), statement.span().end()))
			.isEqualToNormalizingWhitespace(statement.text()));
	}

	private static List<String> people(ArticleFacts facts) {
		return facts.people()
			.stream()
			.map(p -> p.name() + " | " + p.title() + " | " + p.country() + " | " + p.organization())
			.sorted()
			.toList();
	}

	private static List<String> countries(ArticleFacts facts) {
		return facts.countries().stream().map(c -> c.code() + (c.member() ? " member" : "")).sorted().toList();
	}

	private static List<String> events(ArticleFacts facts) {
		return facts.events()
			.stream()
			.map(e -> e.type() + " | " + e.date() + " | " + e.datePrecision() + " | " + e.place() + " | "
					+ e.participants().stream().sorted().toList())
			.sorted()
			.toList();
	}

	private static List<String> statements(ArticleFacts facts) {
		return facts.statements()
			.stream()
			.map(s -> s.kind() + " | " + s.speaker() + " | " + s.text())
			.sorted()
			.toList();
	}

}

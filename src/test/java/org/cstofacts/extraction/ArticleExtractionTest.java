package org.cstofacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.cstofacts.extraction.ArticleFacts.CountryFact;
import org.cstofacts.extraction.ArticleFacts.EventFact;
import org.cstofacts.extraction.ArticleFacts.PersonFact;
import org.cstofacts.extraction.ArticleFacts.SpeakerType;
import org.cstofacts.extraction.ArticleFacts.StatementFact;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * End to end on real articles of the genre: the facts read must be exactly those a person marked in the article's
 * gold file (member states, people with title and country or organization, dated events with their city, every
 * quote with its speaker), and every span must hold the words of its fact.
 */
class ArticleExtractionTest {

	private static final ArticleExtractor EXTRACTOR = ExtractionPipeline.standard();

	/**
	 * The seed and dev articles with their gold files, and ({@code genre-*}) articles the team wrote in the same
	 * genre with other bylines, datelines and phrasings, marked the same way.
	 */
	static Stream<String> articles() {
		return Stream.of("csto-summit-2022-05-16", "csto-extraordinary-session-2022-01-10", "csto-summit-2017-11-30",
				"csto-summit-2022-11-23", "csto-video-session-2020-12-02", "genre-minsk-2023-11-23",
				"genre-astana-2024-11-28", "genre-dushanbe-2021-09-16", "csto-summit-2016-10-14",
				"csto-summit-2018-11-08", "csto-video-session-2021-08-23", "own-wire-2019-06-14",
				"own-communique-2011-12-20", "own-transcript-2023-10-13", "own-analysis-2024-03-12",
				"own-untitled-paragraph", "own-mixed-2018-11-28", "own-heldout-wire-2015-12-03",
				"own-heldout-communique-2013-09-23", "own-heldout-transcript-2014-05-08");
	}

	private record Case(String text, ArticleFacts facts, JsonNode gold) {
	}

	private static Case load(String name) throws IOException {
		String text = resource(name + ".txt");
		return new Case(text, EXTRACTOR.extract(text), JsonMapper.builder().build().readTree(resource(name + ".json")));
	}

	@ParameterizedTest
	@MethodSource("articles")
	void readsTheTitleAndPublicationDate(String name) throws IOException {
		Case article = load(name);
		assertThat(article.facts().metadata().title()).isEqualTo(article.gold().at("/document/title").asString(null));
		assertThat(article.facts().metadata().publisher())
			.isEqualTo(article.gold().at("/document/publisher").asString(null));
		String published = article.gold().at("/document/publishedAt").asString(null);
		if (published == null) {
			assertThat(article.facts().metadata().publishedAt()).isNull();
		}
		else {
			assertThat(article.facts().metadata().publishedAt().toString()).startsWith(published);
		}
	}

	@ParameterizedTest
	@MethodSource("articles")
	void readsExactlyTheMemberStates(String name) throws IOException {
		Case article = load(name);
		assertThat(article.facts().countries().stream().filter(CountryFact::member).map(CountryFact::code))
			.containsExactlyInAnyOrderElementsOf(strings(article.gold().get("memberStates")));
		assertThat(article.facts().countries().stream().map(CountryFact::code))
			.containsAll(strings(article.gold().get("nonMemberCountries")));
	}

	@ParameterizedTest
	@MethodSource("articles")
	void readsEveryPersonWithTitleAndCountryOrOrganization(String name) throws IOException {
		Case article = load(name);
		List<String> expected = new ArrayList<>();
		for (JsonNode person : article.gold().get("people")) {
			expected.add(describe(person.get("name").asString(), person.path("title").asString(null),
					person.path("country").asString(null), person.path("organization").asString(null)));
		}
		List<String> read = article.facts()
			.people()
			.stream()
			.map(p -> describe(p.name(), p.title(), p.country(), p.country() == null ? p.organization() : null))
			.toList();
		assertThat(read).containsExactlyInAnyOrderElementsOf(expected);
	}

	@ParameterizedTest
	@MethodSource("articles")
	void readsEveryDatedEventWithItsCity(String name) throws IOException {
		Case article = load(name);
		List<String> expected = new ArrayList<>();
		for (JsonNode event : article.gold().get("events")) {
			expected.add(event.get("type").asString() + " " + event.get("date").asString() + " "
					+ place(event.path("place").asString(null)));
		}
		List<String> read = article.facts().events().stream().map(ArticleExtractionTest::describe).toList();
		assertThat(read).containsExactlyInAnyOrderElementsOf(expected);
	}

	@ParameterizedTest
	@MethodSource("articles")
	void attributesEveryQuoteToItsSpeaker(String name) throws IOException {
		Case article = load(name);
		List<String> expected = new ArrayList<>();
		for (JsonNode statement : article.gold().get("statements")) {
			String speaker = statement.has("speaker") ? fold(statement.get("speaker").asString())
					: "organization " + statement.get("speakerOrganization").asString();
			expected.add(speaker + ": " + normalized(statement.get("text").asString()));
		}
		List<String> read = article.facts()
			.statements()
			.stream()
			.filter(s -> s.kind() == ArticleFacts.StatementKind.QUOTE)
			.map(ArticleExtractionTest::describe)
			.toList();
		assertThat(read).containsExactlyInAnyOrderElementsOf(expected);
	}

	@ParameterizedTest
	@MethodSource("articles")
	void everySpanHoldsTheWordsOfItsFact(String name) throws IOException {
		Case article = load(name);
		for (StatementFact statement : article.facts().statements()) {
			String held = statement.span().of(article.text());
			assertThat(spoken(held)).as("a quote's span holds its words; a turn's, its speech with stage notes")
				.isEqualTo(spoken(statement.text()));
		}
		for (PersonFact person : article.facts().people()) {
			assertThat(person.sources()).isNotEmpty()
				.allSatisfy(span -> assertThat(person.aliases()).contains(span.of(article.text())));
		}
		for (CountryFact country : article.facts().countries()) {
			assertThat(country.sources()).allSatisfy(span -> assertThat(country.aliases()).contains(span.of(article.text())));
		}
		for (EventFact event : article.facts().events()) {
			assertThat(event.sources()).isNotEmpty();
		}
	}

	private static String describe(String name, String title, String country, String organization) {
		return fold(name) + " | " + title + " | " + country + " | " + organization;
	}

	private static String describe(EventFact event) {
		String date = switch (event.datePrecision()) {
			case DAY -> event.date().toString();
			case MONTH -> event.date().toString().substring(0, 7);
			case YEAR -> event.date().toString().substring(0, 4);
		};
		return event.type() + " " + date + " " + place(event.place());
	}

	/** Places as the scorer compares them: {@code St Petersburg} and {@code Saint Petersburg} are one. */
	private static String place(String place) {
		return place == null ? null : place.replaceFirst("^St\\.? ", "Saint ");
	}

	private static String describe(StatementFact statement) {
		String speaker = statement.speaker() == null ? "nobody"
				: statement.speaker().type() == SpeakerType.ORGANIZATION ? "organization " + statement.speaker().name()
						: fold(statement.speaker().name());
		return speaker + ": " + normalized(statement.text());
	}

	/** Speech without stage notes ({@code <…>}, {@code (Applause.)}), in single spaces. */
	private static String spoken(String words) {
		return words.replaceAll("<[^<>]*>|\\(\\p{Lu}[^()]*[.!]\\)", " ").replaceAll("\\s+", " ").strip();
	}

	private static String normalized(String quote) {
		return quote.strip().replaceAll("[.,;:!?]+$", "");
	}

	private static String fold(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asString()));
		return values;
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = ArticleExtractionTest.class.getResourceAsStream("/articles/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}

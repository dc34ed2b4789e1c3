package org.cstofacts.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cstofacts.extraction.ArticleFacts;
import org.cstofacts.extraction.ArticleFacts.CountryFact;
import org.cstofacts.extraction.ArticleFacts.DatePrecision;
import org.cstofacts.extraction.ArticleFacts.EventFact;
import org.cstofacts.extraction.ArticleFacts.EventType;
import org.cstofacts.extraction.ArticleFacts.OrganizationFact;
import org.cstofacts.extraction.ArticleFacts.PersonFact;
import org.cstofacts.extraction.ArticleFacts.Speaker;
import org.cstofacts.extraction.ArticleFacts.SpeakerType;
import org.cstofacts.extraction.ArticleFacts.StatementFact;
import org.cstofacts.extraction.ArticleFacts.StatementKind;
import org.cstofacts.extraction.Span;

/**
 * An article written for a test with the facts it holds written by hand; every span is found in the text,
 * so a fact's sources hold exactly the words it names.
 */
public final class TestArticle {

	private final String text;

	private LocalDateTime publishedAt;

	private final List<CountryFact> countries = new ArrayList<>();

	private final List<OrganizationFact> organizations = new ArrayList<>();

	private final List<PersonFact> people = new ArrayList<>();

	private final List<EventFact> events = new ArrayList<>();

	private final List<StatementFact> statements = new ArrayList<>();

	private TestArticle(String text) {
		this.text = text;
	}

	public static TestArticle of(String... lines) {
		return new TestArticle(String.join("\n\n", lines) + "\n");
	}

	public TestArticle published(LocalDateTime publishedAt) {
		this.publishedAt = publishedAt;
		return this;
	}

	public TestArticle country(String code, String alpha2, String name, boolean member) {
		countries.add(new CountryFact(code, alpha2, name, null, List.of(name), member, spans(name)));
		return this;
	}

	public TestArticle organization(String acronym, String name) {
		organizations.add(new OrganizationFact(acronym, name, List.of(), spans(acronym)));
		return this;
	}

	public TestArticle person(String name, String title, String country, String organization) {
		people.add(new PersonFact(name, title, country, organization, title == null ? List.of() : List.of(title),
				List.of(name), spans(name)));
		return this;
	}

	public TestArticle event(EventType type, LocalDate date, DatePrecision precision, String place, String... participants) {
		events.add(new EventFact(type, type.name().toLowerCase() + " in " + place, date, precision, place, null, null,
				Arrays.asList(participants), spans(place)));
		return this;
	}

	public TestArticle quote(String words, String speaker, String topic) {
		statements.add(new StatementFact(words, StatementKind.QUOTE, new Speaker(SpeakerType.PERSON, speaker), topic,
				spans(words).get(0)));
		return this;
	}

	public String text() {
		return text;
	}

	public ArticleFacts facts() {
		String title = text.lines().findFirst().orElse("");
		return new ArticleFacts(new ArticleFacts.Metadata(title, "Test Wire", null, publishedAt, null), List.of(),
				countries, organizations, people, events, statements);
	}

	/** Every place the words stand in the text. */
	public List<Span> spans(String words) {
		List<Span> spans = new ArrayList<>();
		for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
			spans.add(new Span(at, at + words.length()));
		}
		if (spans.isEmpty()) {
			throw new IllegalArgumentException("'" + words + "' is not in the test article");
		}
		return spans;
	}

}

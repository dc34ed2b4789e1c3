package org.cstofacts.extraction;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Everything the extractor read from one article. Every fact carries the spans of the words it was
 * read from, as offsets into the article text exactly as given to the extractor.
 */
public record ArticleFacts(
		Metadata metadata,
		List<Section> sections,
		List<CountryFact> countries,
		List<OrganizationFact> organizations,
		List<PersonFact> people,
		List<EventFact> events,
		List<StatementFact> statements) {

	public ArticleFacts {
		sections = List.copyOf(sections);
		countries = List.copyOf(countries);
		organizations = List.copyOf(organizations);
		people = List.copyOf(people);
		events = List.copyOf(events);
		statements = List.copyOf(statements);
	}

	/**
	 * Title line, byline and dateline. Any part may be null when the article does not give it. {@code offset} is the
	 * zone offset the article prints with its time ({@code GMT+6}), null when it prints none: {@code publishedAt}
	 * stays the local time as printed either way.
	 */
	public record Metadata(String title, String publisher, String category, LocalDateTime publishedAt,
			String dateline, ZoneOffset offset) {

		public Metadata(String title, String publisher, String category, LocalDateTime publishedAt, String dateline) {
			this(title, publisher, category, publishedAt, dateline, null);
		}

	}

	/** A part of the article under a heading; the untitled opening part has a null heading. */
	public record Section(String heading, int start, int end) {
	}

	/**
	 * A country the article names. {@code code} is ISO 3166-1 alpha-3, {@code officialName} the official
	 * form as written in the article (or null), {@code aliases} every surface form seen.
	 */
	public record CountryFact(String code, String isoAlpha2, String name, String officialName,
			List<String> aliases, boolean member, List<Span> sources) {
	}

	/** An organization, keyed by its acronym ({@code CSTO}); organs such as its council are aliases. */
	public record OrganizationFact(String acronym, String name, List<String> aliases, List<Span> sources) {
	}

	/**
	 * A person. {@code name} is the fullest form seen, {@code title} the main role, {@code country} an alpha-3
	 * code or null, {@code organization} an acronym or null; {@code roles} every title seen, {@code aliases}
	 * every form of the name seen (surname-only mentions included).
	 */
	public record PersonFact(String name, String title, String country, String organization, List<String> roles,
			List<String> aliases, List<Span> sources) {
	}

	/**
	 * A dated event. {@code participants} are names exactly as in {@link PersonFact#name()}.
	 */
	public record EventFact(EventType type, String title, LocalDate date, DatePrecision datePrecision, String place,
			String venue, String occasion, List<String> participants, List<Span> sources) {
	}

	/**
	 * A statement: the quoted words without their quote marks ({@code span} covers exactly {@code text}),
	 * its speaker, and the heading of the section it stands under.
	 */
	public record StatementFact(String text, StatementKind kind, Speaker speaker, String topic, Span span) {
	}

	/**
	 * Who said it: a person (by {@link PersonFact#name()}), an organization (by acronym) or a country (alpha-3).
	 */
	public record Speaker(SpeakerType type, String name) {
	}

	public enum EventType {
		SUMMIT, TREATY_SIGNED, ORGANIZATION_FOUNDED
	}

	public enum DatePrecision {
		DAY, MONTH, YEAR
	}

	public enum StatementKind {
		QUOTE, REPORTED
	}

	public enum SpeakerType {
		PERSON, ORGANIZATION, COUNTRY
	}

}

package org.cstofacts.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.cstofacts.country.CountryDto;
import org.cstofacts.country.CountryService;
import org.cstofacts.event.EventDto;
import org.cstofacts.event.EventService;
import org.cstofacts.kernel.text.Folding;
import org.cstofacts.kernel.text.WordMatch;
import org.cstofacts.kernel.web.InvalidParameterException;
import org.cstofacts.kernel.web.ResultPages;
import org.cstofacts.person.PersonService;
import org.cstofacts.person.PersonSummary;
import org.cstofacts.statement.StatementDto;
import org.cstofacts.statement.StatementService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One ranked list across countries, people, events and statements: an exact name or code first, then
 * aliases, then names that start with the query, then names and texts that hold all its words.
 */
@Service
@Transactional(readOnly = true)
class SearchService {

	static final int EXACT = 100;

	static final int ALIAS = 90;

	static final int PREFIX = 60;

	static final int NAME_WORDS = 30;

	static final int TEXT_WORDS = 10;

	private static final int SNIPPET_LENGTH = 160;

	private final CountryService countries;

	private final PersonService people;

	private final EventService events;

	private final StatementService statements;

	SearchService(CountryService countries, PersonService people, EventService events, StatementService statements) {
		this.countries = countries;
		this.people = people;
		this.events = events;
		this.statements = statements;
	}

	public Page<SearchResult> search(String query, Pageable pageable) {
		String folded = Folding.fold(query);
		if (folded.isEmpty()) {
			throw new InvalidParameterException("q", "q must hold at least one letter or digit");
		}
		List<SearchResult> results = new ArrayList<>();
		countries.list(null, null, Pageable.unpaged()).forEach(country -> rank(country, folded).ifPresent(results::add));
		people.summaries().forEach(person -> rank(person, folded).ifPresent(results::add));
		events.list(null, null, null, Pageable.unpaged()).forEach(event -> rank(event, folded).ifPresent(results::add));
		statements.list(null, null, null, null, Pageable.unpaged())
			.forEach(statement -> rank(statement, folded).ifPresent(results::add));
		results.sort(Comparator.comparingInt(SearchResult::score)
			.reversed()
			.thenComparing(SearchResult::type)
			.thenComparing(SearchResult::label, Comparator.nullsLast(Comparator.naturalOrder())));
		return ResultPages.page(results, pageable);
	}

	private Optional<SearchResult> rank(CountryDto country, String query) {
		int score = nameScore(query, Stream.of(country.code(), country.isoAlpha2()).toList(),
				Stream.concat(Stream.of(country.name()), Stream.ofNullable(country.officialName())).toList(),
				country.aliases());
		String snippet = country.officialName() != null ? country.officialName() : country.name();
		String href = country.member() ? "/api/member-states/" + country.code() : "/api/countries?q=" + country.code();
		return result("COUNTRY", country.code(), country.name(), snippet, score, href);
	}

	private Optional<SearchResult> rank(PersonSummary person, String query) {
		int score = nameScore(query, List.of(person.id()), List.of(person.name()), person.aliases());
		String snippet = String.join(", ", Stream.of(person.title(), person.country(), person.organization())
			.filter(part -> part != null)
			.toList());
		return result("PERSON", person.id(), person.name(), snippet, score, "/api/people/" + person.id());
	}

	private Optional<SearchResult> rank(EventDto event, String query) {
		String label = event.title() != null ? event.title() : event.type().name();
		int score = Math.max(nameScore(query, List.of(), List.of(label), List.of()),
				textScore(query, Stream.of(event.place(), event.venue(), event.occasion(), event.type().name())
					.filter(part -> part != null)
					.toList()));
		String snippet = String.join(", ", Stream.of(event.date(), event.place(), event.occasion())
			.filter(part -> part != null)
			.toList());
		return result("EVENT", String.valueOf(event.id()), label, snippet, score, "/api/events/" + event.id());
	}

	private Optional<SearchResult> rank(StatementDto statement, String query) {
		int score = textScore(query, List.of(statement.text()));
		String label = statement.speaker().name();
		return result("STATEMENT", String.valueOf(statement.id()), label, snippet(statement.text(), query), score,
				"/api/statements/" + statement.id());
	}

	private static Optional<SearchResult> result(String type, String id, String label, String snippet, int score,
			String href) {
		return score > 0 ? Optional.of(new SearchResult(type, id, label, snippet, score, href)) : Optional.empty();
	}

	private static int nameScore(String query, List<String> codes, List<String> names, List<String> aliases) {
		if (Stream.concat(codes.stream(), names.stream()).anyMatch(name -> Folding.fold(name).equals(query))) {
			return EXACT;
		}
		if (aliases.stream().anyMatch(alias -> Folding.fold(alias).equals(query))) {
			return ALIAS;
		}
		List<String> all = Stream.concat(names.stream(), aliases.stream()).toList();
		if (all.stream().anyMatch(name -> Folding.fold(name).startsWith(query))) {
			return PREFIX;
		}
		return containsAllWords(all, query) ? NAME_WORDS : 0;
	}

	private static int textScore(String query, List<String> texts) {
		return containsAllWords(texts, query) ? TEXT_WORDS : 0;
	}

	private static boolean containsAllWords(List<String> texts, String query) {
		String words = Folding.searchText(texts);
		return WordMatch.words(query).stream().allMatch(word -> words.contains(" " + word + " "));
	}

	/** A stretch of the text around the first word of the query. */
	static String snippet(String text, String query) {
		if (text.length() <= SNIPPET_LENGTH) {
			return text;
		}
		String first = WordMatch.words(query).get(0);
		int at = Math.max(0, Folding.fold(text).indexOf(first));
		int start = Math.max(0, Math.min(at - SNIPPET_LENGTH / 3, text.length() - SNIPPET_LENGTH));
		String window = text.substring(start, Math.min(text.length(), start + SNIPPET_LENGTH)).strip();
		return (start > 0 ? "…" : "") + window + (start + SNIPPET_LENGTH < text.length() ? "…" : "");
	}

}

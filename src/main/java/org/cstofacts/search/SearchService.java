package org.cstofacts.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.cstofacts.country.CountryService;
import org.cstofacts.country.CountrySummary;
import org.cstofacts.event.EventService;
import org.cstofacts.event.EventSummary;
import org.cstofacts.kernel.text.Folding;
import org.cstofacts.kernel.text.Match;
import org.cstofacts.kernel.text.Matches;
import org.cstofacts.kernel.text.Relevance;
import org.cstofacts.kernel.text.WordMatch;
import org.cstofacts.kernel.web.InvalidParameterException;
import org.cstofacts.person.PersonService;
import org.cstofacts.person.PersonSummary;
import org.cstofacts.statement.StatementDto;
import org.cstofacts.statement.StatementService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One ranked list across countries, people, events and statements: an exact name or code first, then
 * aliases, then names that start with the query, then names and texts that hold all its words (see
 * {@link Relevance}). Each kind of fact scores its matches in the database and returns only its best, as many as the
 * page needs, with how many match in all: the page is the best of those, as if every match had been ranked.
 */
@Service
@Transactional(readOnly = true)
class SearchService {

	private static final int SNIPPET_LENGTH = 160;

	private static final Comparator<SearchResult> RANKING = Comparator.comparingInt(SearchResult::score)
		.reversed()
		.thenComparing(SearchResult::type)
		.thenComparing(SearchResult::label, Comparator.nullsLast(Comparator.naturalOrder()));

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
		if (Folding.fold(query).isEmpty()) {
			throw new InvalidParameterException("q", "q must hold at least one letter or digit");
		}
		Relevance relevance = Relevance.of(query);
		// The best offset + size of each kind hold the best offset + size of all.
		int needed = (int) Math.min(Integer.MAX_VALUE, pageable.getOffset() + pageable.getPageSize());
		List<SearchResult> results = new ArrayList<>();
		long total = add(results, countries.search(relevance, needed), this::country)
				+ add(results, people.search(relevance, needed), this::person)
				+ add(results, events.search(relevance, needed), this::event)
				+ add(results, statements.search(relevance, needed), match -> statement(match, relevance));
		results.sort(RANKING);
		int from = (int) Math.min(pageable.getOffset(), results.size());
		int to = Math.min(from + pageable.getPageSize(), results.size());
		return new PageImpl<>(results.subList(from, to), pageable, total);
	}

	private static <T> long add(List<SearchResult> results, Matches<T> matches, Function<Match<T>, SearchResult> result) {
		matches.best().stream().map(result).forEach(results::add);
		return matches.count();
	}

	private SearchResult country(Match<CountrySummary> match) {
		CountrySummary country = match.fact();
		String snippet = country.officialName() != null ? country.officialName() : country.name();
		String href = country.member() ? "/api/member-states/" + country.code() : "/api/countries?q=" + country.code();
		return new SearchResult("COUNTRY", country.code(), country.name(), snippet, match.score(), href);
	}

	private SearchResult person(Match<PersonSummary> match) {
		PersonSummary person = match.fact();
		String snippet = String.join(", ", Stream.of(person.title(), person.country(), person.organization())
			.filter(part -> part != null)
			.toList());
		return new SearchResult("PERSON", person.id(), person.name(), snippet, match.score(),
				"/api/people/" + person.id());
	}

	private SearchResult event(Match<EventSummary> match) {
		EventSummary event = match.fact();
		String snippet = String.join(", ", Stream.of(event.date(), event.place(), event.occasion())
			.filter(part -> part != null)
			.toList());
		return new SearchResult("EVENT", String.valueOf(event.id()), event.label(), snippet, match.score(),
				"/api/events/" + event.id());
	}

	private SearchResult statement(Match<StatementDto> match, Relevance relevance) {
		StatementDto statement = match.fact();
		return new SearchResult("STATEMENT", String.valueOf(statement.id()), statement.speaker().name(),
				snippet(statement.text(), relevance.folded()), match.score(), "/api/statements/" + statement.id());
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

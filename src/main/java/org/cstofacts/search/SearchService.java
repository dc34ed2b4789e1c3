package org.cstofacts.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.cstofacts.country.Country;
import org.cstofacts.country.CountryRepository;
import org.cstofacts.event.Event;
import org.cstofacts.event.EventRepository;
import org.cstofacts.person.Person;
import org.cstofacts.person.PersonRepository;
import org.cstofacts.statement.Statement;
import org.cstofacts.statement.StatementRepository;
import org.cstofacts.web.InvalidParameterException;
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
public class SearchService {

	static final int EXACT = 100;

	static final int ALIAS = 90;

	static final int PREFIX = 60;

	static final int NAME_WORDS = 30;

	static final int TEXT_WORDS = 10;

	private static final int SNIPPET_LENGTH = 160;

	private final CountryRepository countries;

	private final PersonRepository people;

	private final EventRepository events;

	private final StatementRepository statements;

	public SearchService(CountryRepository countries, PersonRepository people, EventRepository events,
			StatementRepository statements) {
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
		countries.findAll().forEach(country -> rank(country, folded).ifPresent(results::add));
		people.findAll().forEach(person -> rank(person, folded).ifPresent(results::add));
		events.findAll().forEach(event -> rank(event, folded).ifPresent(results::add));
		statements.findAll().forEach(statement -> rank(statement, folded).ifPresent(results::add));
		results.sort(Comparator.comparingInt(SearchResult::score)
			.reversed()
			.thenComparing(SearchResult::type)
			.thenComparing(SearchResult::label, Comparator.nullsLast(Comparator.naturalOrder())));
		return ResultPages.page(results, pageable);
	}

	private Optional<SearchResult> rank(Country country, String query) {
		int score = nameScore(query, Stream.of(country.getCode(), country.getIsoAlpha2()).toList(),
				Stream.concat(Stream.of(country.getName()), Stream.ofNullable(country.getOfficialName())).toList(),
				country.getAliases());
		String snippet = country.getOfficialName() != null ? country.getOfficialName() : country.getName();
		String href = country.isMember() ? "/api/member-states/" + country.getCode()
				: "/api/countries?q=" + country.getCode();
		return result("COUNTRY", country.getCode(), country.getName(), snippet, score, href);
	}

	private Optional<SearchResult> rank(Person person, String query) {
		int score = nameScore(query, List.of(person.getId()), List.of(person.getName()), person.getAliases());
		String snippet = String.join(", ", Stream.of(person.getTitle(), person.getCountry(), person.getOrganization())
			.filter(part -> part != null)
			.toList());
		return result("PERSON", person.getId(), person.getName(), snippet, score, "/api/people/" + person.getId());
	}

	private Optional<SearchResult> rank(Event event, String query) {
		String label = event.getTitle() != null ? event.getTitle() : event.getType().name();
		int score = Math.max(nameScore(query, List.of(), List.of(label), List.of()),
				textScore(query, Stream.of(event.getPlace(), event.getVenue(), event.getOccasion(), event.getType().name())
					.filter(part -> part != null)
					.toList()));
		String snippet = String.join(", ", Stream.of(event.getPreciseDate(), event.getPlace(), event.getOccasion())
			.filter(part -> part != null)
			.toList());
		return result("EVENT", String.valueOf(event.getId()), label, snippet, score, "/api/events/" + event.getId());
	}

	private Optional<SearchResult> rank(Statement statement, String query) {
		int score = textScore(query, List.of(statement.getText()));
		String label = statement.getSpeaker().name();
		return result("STATEMENT", String.valueOf(statement.getId()), label, snippet(statement.getText(), query), score,
				"/api/statements/" + statement.getId());
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

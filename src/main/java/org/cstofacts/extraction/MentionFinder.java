package org.cstofacts.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

import org.cstofacts.extraction.Mentions.CityMention;
import org.cstofacts.extraction.Mentions.CountryMention;
import org.cstofacts.extraction.Mentions.OrganizationMention;
import org.cstofacts.extraction.Mentions.TitleMention;
import org.cstofacts.extraction.ReferenceData.Country;

/**
 * Stage 2: finds the countries (names, official names, demonyms, and misspellings one letter off), cities,
 * organizations (known ones, their organs, and acronyms the article defines), titles and dates of the text.
 */
public final class MentionFinder {

	private static final Pattern OFFICIAL = Pattern
		.compile("\\b(?:Republic|Federation|Kingdom|State|Commonwealth|Confederation|Emirates?|Principality)\\b");

	private static final Pattern ACRONYM_DEFINITION = Pattern.compile(
			"((?:\\p{Lu}[\\p{L}'’\\-]*)(?:\\s+(?:of|for|and|the|on|in|\\p{Lu}[\\p{L}'’\\-]*))*?)\\s+\\((\\p{Lu}{2,8})\\)");

	private static final Pattern NOT_AN_ORGANIZATION = Pattern
		.compile("(?:Treaty|Agreement|Charter|Convention|Declaration|Protocol|Statement|Strategy)$");

	/** A misspelt country is one insertion, deletion, substitution or swap of neighbours off its name. */
	private static final DamerauLevenshteinDistance ONE_EDIT = new DamerauLevenshteinDistance(1);

	private static final Pattern CAPITALIZED_WORD = Pattern.compile("\\b\\p{Lu}\\p{Ll}{6,}\\b");

	private final ReferenceData reference;

	private final Gazetteer<CountryMention> countryNames;

	private final Map<String, Country> fuzzyCandidates = new HashMap<>();

	private final Gazetteer<ReferenceData.City> cities;

	private final Gazetteer<ReferenceData.Title> titles;

	private final DateFinder dates;

	public MentionFinder(ReferenceData reference, DateFinder dates) {
		this.reference = reference;
		this.dates = dates;
		Map<String, CountryMention> forms = new HashMap<>();
		for (Country country : reference.countries().values()) {
			for (String name : country.names()) {
				boolean official = !name.equals(country.name()) && OFFICIAL.matcher(name).find();
				forms.put(name, new CountryMention(null, country.alpha3(), name, false, official));
				if (name.length() >= 7 && !name.contains(" ")) {
					fuzzyCandidates.put(name, country);
				}
			}
			for (String demonym : country.demonyms()) {
				forms.put(demonym, new CountryMention(null, country.alpha3(), demonym, true, false));
			}
		}
		this.countryNames = new Gazetteer<>(forms);
		Map<String, ReferenceData.City> cityForms = new HashMap<>();
		reference.cities().forEach(city -> city.names().forEach(name -> cityForms.put(name, city)));
		this.cities = new Gazetteer<>(cityForms);
		Map<String, ReferenceData.Title> titleForms = new HashMap<>();
		reference.titles().forEach(title -> title.forms().forEach(form -> titleForms.put(form, title)));
		this.titles = new Gazetteer<>(titleForms);
	}

	public Mentions find(Layout layout) {
		String text = layout.readable();
		LocalDate articleDate = layout.metadata().publishedAt() == null ? null
				: layout.metadata().publishedAt().toLocalDate();
		List<CountryMention> countryMentions = findCountries(layout);
		List<CityMention> cityMentions = new ArrayList<>();
		for (var hit : cities.find(text)) {
			if (layout.carriesFacts(hit.span().start())) {
				cityMentions.add(new CityMention(hit.span(), hit.value().name(), hit.value().country()));
			}
		}
		List<OrganizationMention> organizationMentions = findOrganizations(layout);
		List<TitleMention> titleMentions = new ArrayList<>();
		for (var hit : titles.find(text)) {
			if (layout.carriesFacts(hit.span().start())) {
				titleMentions.add(new TitleMention(hit.span(), hit.value()));
			}
		}
		List<DateMention> dateMentions = new ArrayList<>();
		for (Sentence sentence : layout.sentences()) {
			dateMentions.addAll(dates.find(text, sentence.span().start(), sentence.span().end(), articleDate));
		}
		return new Mentions(countryMentions, cityMentions, organizationMentions, titleMentions, dateMentions,
				mainOrganization(organizationMentions));
	}

	private List<CountryMention> findCountries(Layout layout) {
		String text = layout.readable();
		List<CountryMention> found = new ArrayList<>();
		for (var hit : countryNames.find(text)) {
			if (layout.carriesFacts(hit.span().start())) {
				CountryMention form = hit.value();
				found.add(new CountryMention(hit.span(), form.code(), layout.textOf(hit.span()), form.demonym(),
						form.official()));
			}
		}
		Matcher words = CAPITALIZED_WORD.matcher(text);
		while (words.find()) {
			Span span = new Span(words.start(), words.end());
			if (!layout.carriesFacts(span.start()) || found.stream().anyMatch(m -> m.span().overlaps(span))) {
				continue;
			}
			String word = words.group();
			for (var candidate : fuzzyCandidates.entrySet()) {
				String name = candidate.getKey();
				if (name.charAt(0) == word.charAt(0) && ONE_EDIT.apply(name, word) >= 0
						&& !isKnownWord(word)) {
					found.add(new CountryMention(span, candidate.getValue().alpha3(), layout.textOf(span), false,
							false));
					break;
				}
			}
		}
		found.sort((a, b) -> a.span().compareTo(b.span()));
		return found;
	}

	private boolean isKnownWord(String word) {
		return reference.month(word) != null || reference.weekday(word) != null
				|| reference.countries().values().stream().anyMatch(c -> c.demonyms().contains(word))
				|| reference.cities().stream().anyMatch(c -> c.names().contains(word));
	}

	private List<OrganizationMention> findOrganizations(Layout layout) {
		String text = layout.text();
		String spelled = Spelling.american(text);
		Map<String, OrganizationMention> forms = new LinkedHashMap<>();
		for (ReferenceData.Organization organization : reference.organizations()) {
			forms.put(organization.acronym(), new OrganizationMention(null, organization.acronym(), null, false));
			organization.names()
				.forEach(name -> forms.put(Spelling.american(name),
						new OrganizationMention(null, organization.acronym(), null, false)));
			organization.organs()
				.forEach(organ -> forms.put(Spelling.american(organ),
						new OrganizationMention(null, organization.acronym(), null, true)));
		}
		Matcher definitions = ACRONYM_DEFINITION.matcher(spelled);
		while (definitions.find()) {
			String acronym = definitions.group(2);
			String name = definedName(definitions.group(1), acronym);
			if (name == null || NOT_AN_ORGANIZATION.matcher(name).find()) {
				continue;
			}
			OrganizationMention known = forms.get(name);
			if (known != null) {
				forms.putIfAbsent(acronym, new OrganizationMention(null, known.acronym(), null, known.organ()));
			}
			else if (!forms.containsKey(acronym)) {
				forms.put(acronym, new OrganizationMention(null, acronym, null, false));
				forms.put(name, new OrganizationMention(null, acronym, null, false));
			}
		}
		List<OrganizationMention> found = new ArrayList<>();
		for (var hit : new Gazetteer<>(forms).find(spelled)) {
			if (layout.carriesFacts(hit.span().start())) {
				found.add(new OrganizationMention(hit.span(), hit.value().acronym(), hit.span().of(text),
						hit.value().organ()));
			}
		}
		return found;
	}

	/**
	 * The shortest run of words ending the phrase whose capitalized initials spell the acronym
	 * ({@code Russian-led Collective Security Council} with {@code CSC} gives {@code Collective Security Council}),
	 * or null when none does.
	 */
	private static String definedName(String phrase, String acronym) {
		String[] words = phrase.split("\\s+");
		for (int from = words.length - 1; from >= 0; from--) {
			StringBuilder initials = new StringBuilder();
			for (int i = from; i < words.length; i++) {
				for (String part : words[i].split("-")) {
					if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
						initials.append(part.charAt(0));
					}
				}
			}
			if (initials.toString().equals(acronym) && Character.isUpperCase(words[from].charAt(0))) {
				return String.join(" ", Arrays.copyOfRange(words, from, words.length));
			}
			if (initials.length() > acronym.length()) {
				return null;
			}
		}
		return null;
	}

	/** The organization named most often; on a tie, the one named first. */
	private static String mainOrganization(List<OrganizationMention> mentions) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		mentions.forEach(m -> counts.merge(m.acronym(), 1, Integer::sum));
		String main = null;
		for (Map.Entry<String, Integer> count : counts.entrySet()) {
			if (main == null || count.getValue() > counts.get(main)) {
				main = count.getKey();
			}
		}
		return main;
	}

}

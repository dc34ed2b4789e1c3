package org.cstofacts.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cstofacts.extraction.ArticleFacts.CountryFact;
import org.cstofacts.extraction.ArticleFacts.OrganizationFact;
import org.cstofacts.extraction.ArticleFacts.PersonFact;
import org.cstofacts.extraction.Mentions.CountryMention;
import org.cstofacts.extraction.Mentions.OrganizationMention;
import org.cstofacts.extraction.People.Person;

/**
 * The chain of extraction stages: layout (blocks, metadata, sections, sentences, quotes) → mentions (countries,
 * cities, organizations, titles, dates) → people → facts (membership, events, statements), every fact with the
 * spans it was read from.
 */
public final class ExtractionPipeline implements ArticleExtractor {

	/** Bump whenever a change makes the pipeline read different facts from the same text. */
	private static final String VERSION = "3";

	private final ReferenceData reference;

	private final LayoutReader layoutReader;

	private final MentionFinder mentionFinder;

	private final PersonFinder personFinder;

	private final MembershipReader membershipReader = new MembershipReader();

	private final EventReader eventReader;

	private final StatementReader statementReader;

	public ExtractionPipeline(ReferenceData reference) {
		this.reference = reference;
		DateFinder dates = new DateFinder(reference);
		this.layoutReader = new LayoutReader(reference, dates);
		this.mentionFinder = new MentionFinder(reference, dates);
		this.personFinder = new PersonFinder(reference);
		this.eventReader = new EventReader(reference);
		this.statementReader = new StatementReader(reference);
	}

	public static ExtractionPipeline standard() {
		return new ExtractionPipeline(ReferenceData.standard());
	}

	@Override
	public String version() {
		return VERSION;
	}

	@Override
	public ArticleFacts extract(String text) {
		Layout layout = layoutReader.read(text);
		Mentions mentions = mentionFinder.find(layout);
		People people = personFinder.find(layout, mentions);
		Set<String> members = membershipReader.read(layout, mentions, people);
		return new ArticleFacts(layout.metadata(), layout.sections(), countries(mentions, members),
				organizations(mentions), people(people), eventReader.read(layout, mentions, people),
				statementReader.read(layout, mentions, people));
	}

	private List<CountryFact> countries(Mentions mentions, Set<String> members) {
		Map<String, List<CountryMention>> byCode = new LinkedHashMap<>();
		mentions.countries().forEach(m -> byCode.computeIfAbsent(m.code(), code -> new ArrayList<>()).add(m));
		List<CountryFact> countries = new ArrayList<>();
		byCode.forEach((code, seen) -> {
			ReferenceData.Country country = reference.country(code);
			String official = seen.stream().filter(CountryMention::official).map(CountryMention::form).findFirst()
				.orElse(null);
			Set<String> aliases = new LinkedHashSet<>();
			seen.forEach(m -> aliases.add(m.form()));
			countries.add(new CountryFact(code, country.alpha2(), country.name(), official, List.copyOf(aliases),
					members.contains(code), seen.stream().map(CountryMention::span).toList()));
		});
		return countries;
	}

	private List<OrganizationFact> organizations(Mentions mentions) {
		Map<String, List<OrganizationMention>> byAcronym = new LinkedHashMap<>();
		mentions.organizations()
			.forEach(m -> byAcronym.computeIfAbsent(m.acronym(), acronym -> new ArrayList<>()).add(m));
		List<OrganizationFact> organizations = new ArrayList<>();
		byAcronym.forEach((acronym, seen) -> {
			String name = reference.organizations()
				.stream()
				.filter(o -> o.acronym().equals(acronym))
				.map(ReferenceData.Organization::name)
				.findFirst()
				.orElseGet(() -> seen.stream()
					.map(OrganizationMention::form)
					.filter(form -> form.contains(" "))
					.findFirst()
					.orElse(acronym));
			Set<String> aliases = new LinkedHashSet<>();
			seen.forEach(m -> aliases.add(m.form()));
			organizations.add(new OrganizationFact(acronym, name, List.copyOf(aliases),
					seen.stream().map(OrganizationMention::span).toList()));
		});
		return organizations;
	}

	private static List<PersonFact> people(People people) {
		List<PersonFact> facts = new ArrayList<>();
		for (int i = 0; i < people.persons().size(); i++) {
			Person person = people.person(i);
			facts.add(new PersonFact(person.name(), person.title() == null ? null : person.title().name(),
					person.country(), person.organization(), person.roles(), person.aliases(), people.spansOf(i)));
		}
		return facts;
	}

}

package org.cstofacts.extraction;

import java.util.List;
import java.util.Optional;

/**
 * Stage 2's output: every place the text names a country, city, organization, title or date. People come in
 * stage 3, because a person is found through these.
 */
public record Mentions(List<CountryMention> countries, List<CityMention> cities,
		List<OrganizationMention> organizations, List<TitleMention> titles, List<DateMention> dates,
		String mainOrganization) {

	public Mentions {
		countries = List.copyOf(countries);
		cities = List.copyOf(cities);
		organizations = List.copyOf(organizations);
		titles = List.copyOf(titles);
		dates = List.copyOf(dates);
	}

	/** {@code form} as written; {@code demonym} for {@code Latvian}; {@code official} for {@code Republic of Moldova}. */
	public record CountryMention(Span span, String code, String form, boolean demonym, boolean official) {
	}

	public record CityMention(Span span, String city, String country) {
	}

	/** {@code organ} when the words name a body of the organization ({@code Collective Security Council}). */
	public record OrganizationMention(Span span, String acronym, String form, boolean organ) {
	}

	public record TitleMention(Span span, ReferenceData.Title title) {
	}

	public Optional<CountryMention> countryAt(int offset) {
		return countries.stream().filter(m -> m.span().start() == offset).findFirst();
	}

	public Optional<OrganizationMention> organizationAt(int offset) {
		return organizations.stream().filter(m -> m.span().start() == offset).findFirst();
	}

	public Optional<TitleMention> titleAt(int offset) {
		return titles.stream().filter(m -> m.span().start() == offset).findFirst();
	}

	public Optional<CountryMention> countryEndingAt(int offset) {
		return countries.stream().filter(m -> m.span().end() == offset).findFirst();
	}

	public Optional<OrganizationMention> organizationEndingAt(int offset) {
		return organizations.stream().filter(m -> m.span().end() == offset).findFirst();
	}

	public boolean isNamedThing(Span span) {
		return countries.stream().anyMatch(m -> m.span().overlaps(span))
				|| cities.stream().anyMatch(m -> m.span().overlaps(span))
				|| organizations.stream().anyMatch(m -> m.span().overlaps(span))
				|| titles.stream().anyMatch(m -> m.span().overlaps(span))
				|| dates.stream().anyMatch(m -> m.span().overlaps(span));
	}

}

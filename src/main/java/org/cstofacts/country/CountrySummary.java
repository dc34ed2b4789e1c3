package org.cstofacts.country;

/** What a country is, without its sources: what a search result shows. */
public record CountrySummary(String code, String name, String officialName, boolean member) {

	static CountrySummary of(Country country) {
		return new CountrySummary(country.getCode(), country.getName(), country.getOfficialName(), country.isMember());
	}

}

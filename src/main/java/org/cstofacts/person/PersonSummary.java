package org.cstofacts.person;

import java.util.List;

/**
 * Who a person is, without what the articles tie to them (sources, roles, events, statements): what the other facts
 * show of a person.
 */
public record PersonSummary(String id, String name, String title, String country, String organization,
		List<String> aliases) {

	static PersonSummary of(Person person) {
		return new PersonSummary(person.getId(), person.getName(), person.getTitle(), person.getCountry(),
				person.getOrganization(), person.getAliases());
	}

}

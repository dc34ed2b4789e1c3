package org.cstofacts.organization;

import java.util.List;

/** An organization the articles name: its acronym, its full name, and the names of its organs. */
public record OrganizationDto(String acronym, String name, List<String> aliases) {

	static OrganizationDto of(Organization organization) {
		return new OrganizationDto(organization.getAcronym(), organization.getName(), organization.getAliases());
	}

}

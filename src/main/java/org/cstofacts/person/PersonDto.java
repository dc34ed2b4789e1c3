package org.cstofacts.person;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

import org.cstofacts.kernel.claim.SourceDto;

@Schema(name = "Person", description = "A person the articles name")
public record PersonDto(@Schema(description = "Slug of the full name", example = "example-person") String id,
		@Schema(description = "The fullest form of the name") String name,
		@Schema(description = "Main title, from the most recent article that gives one", example = "President") @Nullable String title,
		@Schema(description = "ISO 3166-1 alpha-3 code of the country the person represents, or null", example = "ABC") @Nullable String country,
		@Schema(description = "Acronym of the organization the person represents, or null", example = "CSTO") @Nullable String organization,
		@Schema(description = "Every title seen") List<String> roles,
		@Schema(description = "Every form of the name seen, spelling variants included, in alphabetical order") List<String> aliases,
		@Schema(description = "Ids of the events the person took part in") List<Long> attended,
		@Schema(description = "How many statements the person made") long statementCount,
		@Schema(description = "The mentions the person was read from") List<SourceDto> sources) {

	static PersonDto of(Person person, List<Long> attended, long statementCount) {
		return new PersonDto(person.getId(), person.getName(), person.getTitle(), person.getCountry(),
				person.getOrganization(), person.getRoles(), person.getAliases(), attended, statementCount,
				SourceDto.of(person.getSources()));
	}

}

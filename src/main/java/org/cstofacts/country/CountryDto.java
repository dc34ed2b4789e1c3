package org.cstofacts.country;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

import org.cstofacts.kernel.claim.SourceDto;

@Schema(name = "Country", description = "A country the articles name")
public record CountryDto(@Schema(description = "ISO 3166-1 alpha-3 code, upper case", example = "ABC") String code,
		@Schema(description = "ISO 3166-1 alpha-2 code, if known", example = "AB") @Nullable String isoAlpha2,
		@Schema(description = "Short English name") String name,
		@Schema(description = "Official name as an article writes it, if any") @Nullable String officialName,
		@Schema(description = "Every form of the name seen in the articles, in alphabetical order") List<String> aliases,
		@Schema(description = "Whether an article presents it as a CSTO member state") boolean member,
		@Schema(description = "The mentions it was read from") List<SourceDto> sources) {

	static CountryDto of(Country country) {
		return new CountryDto(country.getCode(), country.getIsoAlpha2(), country.getName(), country.getOfficialName(),
				country.getAliases(), country.isMember(), SourceDto.of(country.getSources()));
	}

}

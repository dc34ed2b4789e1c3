package org.cstofacts.country;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

@Schema(name = "MemberState", description = "A CSTO member state with the people the articles name for it")
public record MemberStateDto(@JsonUnwrapped CountryDto country,
		@Schema(description = "People of this country the articles name, with their titles") List<Leader> leaders) {

	@Schema(name = "Leader", description = "A person of the country, as at /api/people/{id}")
	public record Leader(@Schema(description = "Person id", example = "example-person") String id, String name,
			@Nullable String title) {
	}

}

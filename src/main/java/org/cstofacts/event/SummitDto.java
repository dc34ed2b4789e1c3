package org.cstofacts.event;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

@Schema(name = "Summit", description = "A meeting of the heads of state (an event of type SUMMIT), with its attendees")
public record SummitDto(@JsonUnwrapped EventDto event,
		@Schema(description = "The people who took part") List<Attendee> attendees,
		@Schema(description = "How many statements the articles reporting it hold") long statementCount) {

	@Schema(name = "Attendee", description = "A person who took part, as at /api/people/{id}")
	public record Attendee(@Schema(example = "example-person") String id, String name, @Nullable String title,
			@Schema(description = "Alpha-3 code or null", example = "ABC") @Nullable String country) {
	}

}

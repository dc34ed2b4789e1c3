package org.cstofacts.conflict;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.cstofacts.kernel.claim.SourceDto;

@Schema(name = "Conflict", description = "A fact the articles disagree about, with every value they give")
public record ConflictDto(@Schema(description = "PERSON or EVENT") String type,
		@Schema(description = "Id of the fact in its collection", example = "example-person") String id,
		@Schema(description = "Its name or title") String label,
		@Schema(description = "The disputed field: title (person), date or place (event)") String field,
		@Schema(description = "The value served, from the most recent article that gives one") String primary,
		@Schema(description = "Every value, each with the mentions in the articles that give it") List<Value> values) {

	@Schema(name = "ConflictValue", description = "One value of a disputed field and where it was read")
	public record Value(String value, @Schema(description = "Whether this is the value served") boolean primary,
			@Schema(description = "The documents that give this value") List<Long> documentIds,
			List<SourceDto> sources) {
	}

}

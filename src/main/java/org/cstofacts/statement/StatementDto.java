package org.cstofacts.statement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

import org.cstofacts.extraction.ArticleFacts.SpeakerType;
import org.cstofacts.extraction.ArticleFacts.StatementKind;
import org.cstofacts.kernel.claim.SourceDto;

@Schema(name = "Statement", description = "Words an article attributes to a speaker")
public record StatementDto(@Schema(description = "Statement id", example = "1") Long id,
		@Schema(description = "The words, without their quote marks") String text,
		@Schema(description = "QUOTE for words in quote marks, REPORTED for reported speech (more kinds may be added)") StatementKind kind,
		@Schema(description = "Who said it") SpeakerDto speaker,
		@Schema(description = "The heading of the section it stands under, or null") @Nullable String topic,
		@Schema(description = "The document it was read from", example = "1") Long documentId,
		@Schema(description = "Where the words stand in the document's text") SourceDto span) {

	static StatementDto of(Statement statement) {
		Statement.Speaker speaker = statement.getSpeaker();
		return new StatementDto(statement.getId(), statement.getText(), statement.getKind(),
				new SpeakerDto(speaker.type(), speaker.id(), speaker.name()), statement.getTopic(),
				statement.getDocumentId(),
				new SourceDto(statement.getDocumentId(), statement.getStart(), statement.getEnd()));
	}

	@Schema(name = "Speaker", description = "A person (id as at /api/people), an organization (acronym) or a country (alpha-3 code)")
	public record SpeakerDto(@Schema(description = "PERSON, ORGANIZATION or COUNTRY (more may be added)") SpeakerType type,
			@Schema(description = "Person id, organization acronym or country code", example = "example-person") String id,
			@Schema(description = "The speaker's name, if known") @Nullable String name) {
	}

}

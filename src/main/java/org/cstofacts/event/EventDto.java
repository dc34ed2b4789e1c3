package org.cstofacts.event;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

import org.cstofacts.extraction.ArticleFacts.DatePrecision;
import org.cstofacts.extraction.ArticleFacts.EventType;
import org.cstofacts.kernel.claim.SourceDto;

@Schema(name = "Event", description = "A dated event the articles report")
public record EventDto(@Schema(description = "Event id", example = "1") Long id,
		@Schema(description = "SUMMIT, TREATY_SIGNED or ORGANIZATION_FOUNDED (more may be added)") EventType type,
		@Schema(description = "A short description, if the article gives one") @Nullable String title,
		@Schema(description = "ISO-8601 date as precise as known: 2001, 2001-02 or 2001-02-03", example = "2001-02-03") @Nullable String date,
		@Schema(description = "How precise date is: DAY, MONTH or YEAR; null when the date is unknown") @Nullable DatePrecision datePrecision,
		@Schema(description = "City, if given") @Nullable String place,
		@Schema(description = "Building or hall, if given") @Nullable String venue,
		@Schema(description = "What the event marked, if given") @Nullable String occasion,
		@Schema(description = "Ids of the people who took part") List<String> participants,
		@Schema(description = "The mentions it was read from") List<SourceDto> sources) {

	static EventDto of(Event event) {
		return new EventDto(event.getId(), event.getType(), event.getTitle(), event.getPreciseDate(),
				event.getDatePrecision(), event.getPlace(), event.getVenue(), event.getOccasion(),
				event.getParticipants(), SourceDto.of(event.getSources()));
	}

}

package org.cstofacts.document;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

/** A stored article as listed: its metadata and how many facts were read from it, without its text. */
@Schema(name = "DocumentSummary", description = "A stored article without its text")
public record DocumentSummary(@Schema(description = "Document id", example = "1") Long id,
		@Schema(description = "The title line") @Nullable String title,
		@Schema(description = "Publisher or news agency named in the byline, if any") @Nullable String publisher,
		@Schema(description = "Category named in the byline, if any") @Nullable String category,
		@Schema(description = "Publication date and time as the article or its page gives it, if it does. With "
				+ "the offset from UTC when that is given too (RFC 3339, 2019-11-28T16:52:00+06:00); without one when "
				+ "it is not (2022-05-17T21:50:00), which is no date-time: read it as it reads, in no time zone",
				type = "string", pattern = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2}(:\\d{2})?)?$",
				examples = { "2019-11-28T16:52:00+06:00", "2022-05-17T21:50:00" }) @Nullable String publishedAt,
		@Schema(description = "Where the article came from: its file name or the sourceName it was posted with") @Nullable String sourceName,
		@Schema(description = "SHA-256 of the UTF-8 text, in hex: the same text is stored only once") String contentSha256,
		@Schema(description = "When the service stored it, in UTC") Instant storedAt,
		@Schema(description = "Version of the extractor that read the facts") String extractorVersion,
		@Schema(description = "How many facts of each kind were read from it") ExtractedCounts factCounts) {

	/** The time stored is in UTC; it is served to the millisecond, which every client (JavaScript's Date) holds. */
	static DocumentSummary of(Document document) {
		return new DocumentSummary(document.getId(), document.getTitle(), document.getPublisher(),
				document.getCategory(), publishedAt(document.getPublishedAt(), document.getPublishedOffset()),
				document.getSourceName(),
				document.getContentSha256(), document.getStoredAt().toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), document.getExtractorVersion(),
				document.getExtractedCounts());
	}

	/**
	 * The publication time as the article states it: with its offset when the article or its page gives one, else
	 * the local time alone, never moved to a zone the article did not name.
	 */
	static String publishedAt(LocalDateTime local, ZoneOffset offset) {
		if (local == null) {
			return null;
		}
		return offset == null ? DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(local)
				: DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local.atOffset(offset));
	}

}

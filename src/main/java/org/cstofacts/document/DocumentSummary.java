package org.cstofacts.document;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

/** A stored article as listed: its metadata and how many facts were read from it, without its text. */
@Schema(name = "DocumentSummary", description = "A stored article without its text")
public record DocumentSummary(@Schema(description = "Document id", example = "1") Long id,
		@Schema(description = "The title line") @Nullable String title,
		@Schema(description = "Publisher or news agency named in the byline, if any") @Nullable String publisher,
		@Schema(description = "Category named in the byline, if any") @Nullable String category,
		@Schema(description = "Publication date and time as the article gives it, if it does: a local date-time, "
				+ "without an offset (RFC 3339 without the offset, which a date-time would need); read it in no time zone",
				type = "string", format = "date-time-local", pattern = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$",
				example = "2001-02-03T04:05:00") @Nullable LocalDateTime publishedAt,
		@Schema(description = "The offset from UTC the article or its page gives with publishedAt, if it gives one: "
				+ "publishedAt is the local time at that offset", type = "string",
				pattern = "^(Z|[+-]\\d{2}:\\d{2}(:\\d{2})?)$", example = "+06:00") @Nullable ZoneOffset publishedOffset,
		@Schema(description = "Where the article came from: its file name or the sourceName it was posted with") @Nullable String sourceName,
		@Schema(description = "SHA-256 of the UTF-8 text, in hex: the same text is stored only once") String contentSha256,
		@Schema(description = "When the service stored it, in UTC") Instant storedAt,
		@Schema(description = "Version of the extractor that read the facts") String extractorVersion,
		@Schema(description = "How many facts of each kind were read from it") ExtractedCounts factCounts) {

	/** The time stored is in UTC; it is served to the millisecond, which every client (JavaScript's Date) holds. */
	static DocumentSummary of(Document document) {
		return new DocumentSummary(document.getId(), document.getTitle(), document.getPublisher(),
				document.getCategory(), document.getPublishedAt(), document.getPublishedOffset(), document.getSourceName(),
				document.getContentSha256(), document.getStoredAt().toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), document.getExtractorVersion(),
				document.getExtractedCounts());
	}

}

package org.cstofacts.document;

import java.time.LocalDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/** A stored article as listed: its metadata and how many facts were read from it, without its text. */
@Schema(name = "DocumentSummary", description = "A stored article without its text")
public record DocumentSummary(@Schema(description = "Document id", example = "1") Long id,
		@Schema(description = "The title line") String title,
		@Schema(description = "Publisher or news agency named in the byline, if any") String publisher,
		@Schema(description = "Category named in the byline, if any") String category,
		@Schema(description = "Publication date and time given by the article, if any") LocalDateTime publishedAt,
		@Schema(description = "Where the article came from: its file name or the sourceName it was posted with") String sourceName,
		@Schema(description = "SHA-256 of the UTF-8 text, in hex: the same text is stored only once") String contentSha256,
		@Schema(description = "When the service stored it") LocalDateTime storedAt,
		@Schema(description = "Version of the extractor that read the facts") String extractorVersion,
		@Schema(description = "How many facts of each kind were read from it") FactCounts factCounts) {

	static DocumentSummary of(Document document) {
		return new DocumentSummary(document.getId(), document.getTitle(), document.getPublisher(),
				document.getCategory(), document.getPublishedAt(), document.getSourceName(),
				document.getContentSha256(), document.getStoredAt(), document.getExtractorVersion(),
				document.getFactCounts());
	}

}

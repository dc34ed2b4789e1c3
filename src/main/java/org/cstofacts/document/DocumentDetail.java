package org.cstofacts.document;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

/** A stored article with its full text and sections: every source offset points into this text. */
@Schema(name = "Document", description = "A stored article with its text and sections")
public record DocumentDetail(@JsonUnwrapped DocumentSummary summary,
		@Schema(description = "The article exactly as stored; sources are UTF-16 offsets into it") String text,
		@Schema(description = "The parts of the article under each heading") List<SectionDto> sections) {

	static DocumentDetail of(Document document) {
		return new DocumentDetail(DocumentSummary.of(document), document.getText(),
				document.getSections().stream().map(SectionDto::of).toList());
	}

	@Schema(name = "Section", description = "A part of the article: heading null for the untitled opening part")
	public record SectionDto(@Nullable String heading, int start, int end) {

		static SectionDto of(DocumentSection section) {
			return new SectionDto(section.heading(), section.start(), section.end());
		}

	}

}

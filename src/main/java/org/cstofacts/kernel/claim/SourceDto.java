package org.cstofacts.kernel.claim;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where a fact was read: {@code text.substring(start, end)} of document {@code documentId} is the mention. */
@Schema(name = "Source", description = "A mention a fact was read from: UTF-16 offsets into the document's text, end exclusive")
public record SourceDto(@Schema(description = "The document the mention is in", example = "1") Long documentId,
		@Schema(description = "Offset of the mention's first character", example = "812") int start,
		@Schema(description = "Offset just past the mention's last character", example = "832") int end) {

	public static List<SourceDto> of(List<Source> sources) {
		return sources.stream().map(source -> new SourceDto(source.documentId(), source.start(), source.end())).toList();
	}

}

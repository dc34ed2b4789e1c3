package org.cstofacts.kernel.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a fact was read: UTF-16 offsets into the text of a stored document, end exclusive.
 */
@Embeddable
public record Source(@Column(name = "document_id", nullable = false) Long documentId,
		@Column(name = "start_offset", nullable = false) int start,
		@Column(name = "end_offset", nullable = false) int end) {
}

package org.cstofacts.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A part of an article under a heading (null for the untitled opening part). */
@Embeddable
record DocumentSection(@Column(name = "heading") String heading,
		@Column(name = "start_offset", nullable = false) int start,
		@Column(name = "end_offset", nullable = false) int end) {
}

package org.cstofacts.event;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.cstofacts.extraction.ArticleFacts.DatePrecision;
import org.cstofacts.kernel.claim.Claim;

/** What one article says about an event: its date, place, venue and who took part. */
@Embeddable
record EventClaim(@Column(name = "document_id", nullable = false) Long documentId,
		@Column(name = "published_at") LocalDateTime publishedAt,
		@Column(name = "title") String title,
		@Column(name = "event_date") LocalDate date,
		@Enumerated(EnumType.STRING) @Column(name = "date_precision", length = 10) DatePrecision datePrecision,
		@Column(name = "place") String place,
		@Column(name = "venue") String venue,
		@Column(name = "occasion") String occasion,
		@Column(name = "participants") String participants) implements Claim {

	/** The date as precise as this article gives it, as ISO-8601 ({@code 2001}, {@code 2001-02}, {@code 2001-02-03}). */
	public String preciseDate() {
		return EventDates.format(date, datePrecision);
	}

}

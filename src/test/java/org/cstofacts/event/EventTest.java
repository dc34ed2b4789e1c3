package org.cstofacts.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.cstofacts.extraction.ArticleFacts.DatePrecision;
import org.cstofacts.extraction.ArticleFacts.EventType;
import org.cstofacts.extraction.Span;

import static org.assertj.core.api.Assertions.assertThat;

class EventTest {

	private static Event summit(LocalDate date, String place) {
		Event event = new Event(EventType.SUMMIT);
		event.claim(new EventClaim(1L, LocalDateTime.of(2022, 5, 17, 0, 0), null, date, DatePrecision.DAY, place, null,
				null, ""), List.of(new Span(0, 5)));
		return event;
	}

	@Test
	void theMostPreciseDateIsServed() {
		Event event = summit(LocalDate.of(2022, 5, 16), "Moscow");
		event.claim(new EventClaim(2L, LocalDateTime.of(2023, 1, 1, 0, 0), null, LocalDate.of(2022, 1, 1),
				DatePrecision.YEAR, "Moscow", null, null, ""), List.of(new Span(0, 4)));
		assertThat(event.getPreciseDate()).isEqualTo("2022-05-16");
		assertThat(event.documentIds()).containsExactly(1L, 2L);
	}

}

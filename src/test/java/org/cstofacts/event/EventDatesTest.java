package org.cstofacts.event;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.cstofacts.extraction.ArticleFacts.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;

class EventDatesTest {

	@Test
	void aDateIsWrittenAsPreciselyAsItIsKnown() {
		LocalDate date = LocalDate.of(1992, 5, 15);
		assertThat(EventDates.format(date, DatePrecision.DAY)).isEqualTo("1992-05-15");
		assertThat(EventDates.format(date, DatePrecision.MONTH)).isEqualTo("1992-05");
		assertThat(EventDates.format(date, DatePrecision.YEAR)).isEqualTo("1992");
		assertThat(EventDates.format(null, DatePrecision.DAY)).isNull();
	}

	@Test
	void aVaguerDateIsCompatibleWithTheDaysItContains() {
		LocalDate day = LocalDate.of(1992, 5, 15);
		assertThat(EventDates.compatible(day, DatePrecision.DAY, LocalDate.of(1992, 1, 1), DatePrecision.YEAR)).isTrue();
		assertThat(EventDates.compatible(day, DatePrecision.DAY, LocalDate.of(1992, 5, 1), DatePrecision.MONTH)).isTrue();
		assertThat(EventDates.compatible(day, DatePrecision.DAY, LocalDate.of(1992, 6, 1), DatePrecision.MONTH)).isFalse();
		assertThat(EventDates.compatible(day, DatePrecision.DAY, LocalDate.of(1992, 5, 16), DatePrecision.DAY)).isFalse();
	}

}

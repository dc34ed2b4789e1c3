package org.cstofacts.event;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.cstofacts.extraction.ArticleFacts.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;

class EventDatingTest {

	private final EventDating moscow = new EventDating(1L, LocalDate.of(2022, 5, 16), DatePrecision.DAY, "Moscow");

	@Test
	void theSameDateAndPlaceOrAVaguerDateIsTheSameEvent() {
		assertThat(moscow.matches(LocalDate.of(2022, 5, 16), DatePrecision.DAY, "moscow")).isTrue();
		assertThat(moscow.matches(LocalDate.of(2022, 5, 1), DatePrecision.MONTH, null)).isTrue();
	}

	@Test
	void anotherCityOnTheSameDayOrANearDayInTheSameCityIsADisagreementAboutOneEvent() {
		assertThat(moscow.matches(LocalDate.of(2022, 5, 16), DatePrecision.DAY, "Minsk")).isTrue();
		assertThat(moscow.matches(LocalDate.of(2022, 5, 17), DatePrecision.DAY, "Moscow")).isTrue();
	}

	@Test
	void anotherSummitInTheSameCityLaterThatYearIsAnotherEvent() {
		assertThat(moscow.matches(LocalDate.of(2022, 11, 23), DatePrecision.DAY, "Moscow")).isFalse();
		assertThat(moscow.matches(LocalDate.of(2022, 5, 20), DatePrecision.DAY, "Minsk")).isFalse();
	}

}

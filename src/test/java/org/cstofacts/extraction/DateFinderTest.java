package org.cstofacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;

import org.cstofacts.extraction.ArticleFacts.DatePrecision;
import org.junit.jupiter.api.Test;

class DateFinderTest {

	private static final LocalDate ARTICLE_DATE = LocalDate.of(2023, 3, 3);

	private List<DateMention> find(String text) {
		return Stages.DATES.find(text, ARTICLE_DATE);
	}

	@Test
	void readsAbsoluteDatesInTheCommonForms() {
		assertThat(find("It was signed on April 9, 1995, in the capital.")).singleElement()
			.satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(1995, 4, 9)))
			.satisfies(d -> assertThat(d.precision()).isEqualTo(DatePrecision.DAY));
		assertThat(find("on 9 April 1995")).extracting(DateMention::date).containsExactly(LocalDate.of(1995, 4, 9));
		assertThat(find("on the 9th of April 1995")).extracting(DateMention::date)
			.containsExactly(LocalDate.of(1995, 4, 9));
		assertThat(find("signed on 09.04.1995.")).extracting(DateMention::date)
			.containsExactly(LocalDate.of(1995, 4, 9));
		assertThat(find("Wednesday, April 9, 1997")).extracting(DateMention::date)
			.containsExactly(LocalDate.of(1997, 4, 9));
	}

	@Test
	void spanCoversExactlyTheWrittenDate() {
		String text = "It met on April 9, 1995 in the city.";
		DateMention date = find(text).get(0);
		assertThat(date.span().of(text)).isEqualTo("April 9, 1995");
	}

	@Test
	void readsPartialDatesWithTheirPrecision() {
		assertThat(find("in October 1999")).singleElement()
			.satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(1999, 10, 1)))
			.satisfies(d -> assertThat(d.precision()).isEqualTo(DatePrecision.MONTH));
		assertThat(find("founded in 1999")).singleElement()
			.satisfies(d -> assertThat(d.precision()).isEqualTo(DatePrecision.YEAR));
	}

	@Test
	void completesDatesWithoutYearFromTheArticleDate() {
		assertThat(find("the leaders met on 1 March")).extracting(DateMention::date)
			.containsExactly(LocalDate.of(2023, 3, 1));
		assertThat(find("they met on Dec. 20")).extracting(DateMention::date)
			.containsExactly(LocalDate.of(2022, 12, 20));
		assertThat(find("on the 2nd of March")).extracting(DateMention::inferred).containsExactly(true);
	}

	@Test
	void readsWeekdaysAsTheMostRecentSuchDay() {
		assertThat(find("The leaders met on Wednesday.")).extracting(DateMention::date)
			.containsExactly(LocalDate.of(2023, 3, 1));
		assertThat(find("The leaders met on Friday.")).extracting(DateMention::date).containsExactly(ARTICLE_DATE);
	}

	@Test
	void ignoresAnniversariesRangesAndModalMay() {
		assertThat(find("the 30th anniversary of the treaty")).isEmpty();
		assertThat(find("a plan for 2021–2025")).isEmpty();
		assertThat(find("it may 5 times")).isEmpty();
		assertThat(find("with 2,030 personnel")).isEmpty();
	}

	@Test
	void readsMonthsAndYearsCountedFromTheArticleDate() {
		assertThat(Stages.DATES.find("at a meeting next month; last year's summit; later this year", ARTICLE_DATE))
			.extracting(DateMention::date, DateMention::precision)
			.containsExactly(tuple(LocalDate.of(2023, 4, 1), DatePrecision.MONTH),
					tuple(LocalDate.of(2022, 1, 1), DatePrecision.YEAR),
					tuple(LocalDate.of(2023, 1, 1), DatePrecision.YEAR));
	}

	@Test
	void aMonthWithoutYearIsTheComingOneWhenTheWordsSpeakOfTheFuture() {
		assertThat(Stages.DATES.find("The next summit is due in Riga in January.", ARTICLE_DATE))
			.extracting(DateMention::date)
			.containsExactly(LocalDate.of(2024, 1, 1));
		assertThat(Stages.DATES.find("He took office in January.", ARTICLE_DATE)).extracting(DateMention::date)
			.containsExactly(LocalDate.of(2023, 1, 1));
		assertThat(Stages.DATES.find("They meet again in April.", ARTICLE_DATE)).extracting(DateMention::date)
			.containsExactly(LocalDate.of(2023, 4, 1));
	}

	@Test
	void aMonthWithoutYearAfterAVerbInThePastIsTheLastSuchMonth() {
		assertThat(Stages.DATES.find("Rusu took office in May.", ARTICLE_DATE)).extracting(DateMention::date)
			.containsExactly(LocalDate.of(2022, 5, 1));
		assertThat(Stages.DATES.find("We agreed to decide it at the meeting in Riga in May.", ARTICLE_DATE))
			.extracting(DateMention::date)
			.containsExactly(LocalDate.of(2023, 5, 1));
	}

	@Test
	void aDayOrMonthWithLastOrNextYearAfterItIsInThatYear() {
		String text = "When we met in Riga on 23 November last year, we agreed to gather in Vilnius in September next year.";
		List<DateMention> dates = Stages.DATES.find(text, ARTICLE_DATE);
		assertThat(dates).extracting(DateMention::date, DateMention::precision)
			.containsExactly(tuple(LocalDate.of(2022, 11, 23), DatePrecision.DAY),
					tuple(LocalDate.of(2024, 9, 1), DatePrecision.MONTH));
		assertThat(dates).extracting(d -> d.span().of(text)).containsExactly("23 November last year",
				"September next year");
	}

}

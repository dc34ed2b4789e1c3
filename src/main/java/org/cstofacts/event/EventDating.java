package org.cstofacts.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.cstofacts.extraction.ArticleFacts.DatePrecision;
import org.cstofacts.kernel.text.Folding;

/**
 * The date and place one article gives an event: what deciding whether another article's event is the same one
 * needs, read without loading the claims.
 */
record EventDating(Long eventId, LocalDate date, DatePrecision datePrecision, String place) {

	/** How far apart two articles may date one event in one city. */
	private static final int MISDATED_DAYS = 2;

	/**
	 * Whether an article's event with this date and place is the same event: the same dates and places (one may
	 * be vaguer), or a disagreement about one of them (the same day in another city, or a day or two apart in the
	 * same city, as when articles count from different time zones).
	 */
	public boolean matches(LocalDate otherDate, DatePrecision otherPrecision, String otherPlace) {
		boolean compatibleDates = EventDates.compatible(date, datePrecision, otherDate, otherPrecision);
		boolean samePlace = place != null && otherPlace != null && Folding.fold(place).equals(Folding.fold(otherPlace));
		boolean placeOpen = samePlace || place == null || otherPlace == null;
		boolean bothDays = datePrecision == DatePrecision.DAY && otherPrecision == DatePrecision.DAY;
		boolean daysApart = bothDays && date != null && otherDate != null
				&& Math.abs(ChronoUnit.DAYS.between(date, otherDate)) <= MISDATED_DAYS;
		return compatibleDates && placeOpen || bothDays && Objects.equals(date, otherDate) || samePlace && daysApart;
	}

}

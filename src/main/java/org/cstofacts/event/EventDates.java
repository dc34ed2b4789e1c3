package org.cstofacts.event;

import java.time.LocalDate;

import org.cstofacts.extraction.ArticleFacts.DatePrecision;

/** Dates known to a day, a month or a year. */
final class EventDates {

	private EventDates() {
	}

	static String format(LocalDate date, DatePrecision precision) {
		if (date == null) {
			return null;
		}
		return switch (precision == null ? DatePrecision.DAY : precision) {
			case YEAR -> String.valueOf(date.getYear());
			case MONTH -> date.toString().substring(0, 7);
			case DAY -> date.toString();
		};
	}

	/** Whether the two dates can be the same day, each read at its own precision. */
	static boolean compatible(LocalDate one, DatePrecision onePrecision, LocalDate other, DatePrecision otherPrecision) {
		if (one == null || other == null) {
			return one == other;
		}
		String a = format(one, onePrecision);
		String b = format(other, otherPrecision);
		return a.startsWith(b) || b.startsWith(a);
	}

}

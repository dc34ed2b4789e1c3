package org.cstofacts.ingest.page;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication time in the ISO 8601 forms pages write in their metadata: {@code 2021-04-09},
 * {@code 2021-04-09T18:40}, {@code 2021-04-09T18:40:00+06:00}, {@code 2021-04-09 18:40:00+0600}, {@code ...Z}.
 */
record PublishedTime(LocalDateTime local, ZoneOffset offset) {

	private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})"
			+ "(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");

	/** The time a value states, or null when it states none in a form known here. */
	static PublishedTime parse(String value) {
		if (value == null) {
			return null;
		}
		Matcher iso = ISO.matcher(value);
		if (!iso.find()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3));
			if (iso.group(4) == null) {
				return new PublishedTime(date.atStartOfDay(), null);
			}
			LocalDateTime local = date.atTime(number(iso, 4), number(iso, 5),
					iso.group(6) == null ? 0 : number(iso, 6));
			return new PublishedTime(local, iso.group(7) == null ? null : ZoneOffset.of(iso.group(7)));
		}
		catch (DateTimeException impossible) {
			return null;
		}
	}

	private static int number(Matcher matcher, int group) {
		return Integer.parseInt(matcher.group(group));
	}

}

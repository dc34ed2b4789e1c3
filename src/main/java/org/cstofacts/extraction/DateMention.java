package org.cstofacts.extraction;

import java.time.LocalDate;

import org.cstofacts.extraction.ArticleFacts.DatePrecision;

/**
 * A date written in the text. {@code date} is the first day of the month or year when the precision is coarser
 * than a day; {@code inferred} says the year or the whole date came from the article's own date.
 */
public record DateMention(Span span, LocalDate date, DatePrecision precision, boolean inferred) {
}

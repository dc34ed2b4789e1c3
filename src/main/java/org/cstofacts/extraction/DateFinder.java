package org.cstofacts.extraction;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cstofacts.extraction.ArticleFacts.DatePrecision;

/**
 * Finds dates in text: absolute ({@code April 9, 1995}, {@code 9 April 1995}, {@code the 9th of April 1995},
 * {@code 09.04.1995}), partial ({@code April 1995}, {@code 1995}) and relative to the article's date
 * ({@code on 16 May}, {@code on Monday}, {@code next month}, {@code last year's}, {@code on 23 November last year},
 * {@code in September next year}, {@code in December} — the coming December when the words before it speak of the
 * future, the last one when a verb right before it is in the past tense, else the nearer of the two).
 */
public final class DateFinder {

	private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

	private static final String YEAR = "(1[89]\\d\\d|20\\d\\d)";

	private final ReferenceData reference;

	private final List<Pattern> patterns;

	private final Pattern weekdayPattern;

	private final Pattern yearPattern = Pattern.compile("(?<![\\d.\\-–—/])" + YEAR + "(?![\\d\\-–—/]|\\.\\d)");

	private static final Pattern RELATIVE_PERIOD = Pattern
		.compile("\\b(last|next|this|past|coming|the following|the previous)\\s+(month|year)\\b(?![\\-–])");

	/** {@code in September next year}, {@code on 23 November last year}: the year named after the month. */
	private static final Pattern MONTH_YEAR_AFTER = Pattern.compile("\\s+(last|next|this|the following|the previous)\\s+year\\b(?!['’]s)");

	private static final int FUTURE_REACH = 80;

	/** {@code took office in March}: a verb in the past tense right before the month puts it behind. */
	private static final Pattern PAST_TENSE = Pattern.compile("\\b(?:\\p{Ll}+ed|took|met|was|were|held|came|went|said|told|"
			+ "left|became|began|won|made|gave|saw)\\b");

	private static final int PAST_REACH = 40;

	private final Pattern monthAlone;

	private final Pattern future;

	public DateFinder(ReferenceData reference) {
		this.reference = reference;
		String month = alternation(reference.monthNames());
		String weekday = alternation(reference.weekdayNames());
		String weekdayPrefix = "(?:(?:" + weekday + "),?\\s+)?";
		this.patterns = List.of(
				// 0: April 9, 1995
				Pattern.compile(weekdayPrefix + "\\b(" + month + ")\\s+" + DAY + "(?:,\\s*|\\s+)" + YEAR + "\\b"),
				// 1: 9 April 1995, the 9th of April 1995
				Pattern.compile(weekdayPrefix + "\\b(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?(" + month + "),?\\s+" + YEAR
						+ "\\b"),
				// 2: 09.04.1995
				Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(1[89]\\d\\d|20\\d\\d)\\b"),
				// 3: 1995-04-09
				Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b"),
				// 4: April 1995, April of 1995
				Pattern.compile("\\b(" + month + ")\\s+(?:of\\s+)?" + YEAR + "\\b"),
				// 5: April 9 (year from the article)
				Pattern.compile(weekdayPrefix + "\\b(" + month + ")\\s+" + DAY + "\\b(?![.:]\\d)"),
				// 6: 16 May, the 30th of November (year from the article)
				Pattern.compile(weekdayPrefix + "\\b(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?(" + month + ")(?![a-z])"));
		this.weekdayPattern = Pattern.compile("\\b(?:(last|next|this)\\s+)?(" + weekday + ")\\b");
		this.monthAlone = Pattern.compile("(?<=\\b(?:in|since|until|till|by|from|to|early|late|mid-|end of|start of)\\s?)"
				+ "\\s*\\b(" + month + ")\\b(?!\\s*,?\\s*(?:of\\s+)?\\d)");
		this.future = Pattern.compile("(?i)\\b(?:" + String.join("|",
				reference.futureMarkers().stream().map(Pattern::quote).toList()) + ")\\b");
	}

	/** Every date in {@code text}, in order, none overlapping. {@code articleDate} may be null. */
	public List<DateMention> find(String text, LocalDate articleDate) {
		return find(text, 0, text.length(), articleDate);
	}

	public List<DateMention> find(String text, int from, int to, LocalDate articleDate) {
		List<DateMention> found = new ArrayList<>();
		for (int kind = 0; kind < patterns.size(); kind++) {
			Matcher matcher = patterns.get(kind).matcher(text).region(from, to);
			while (matcher.find()) {
				DateMention mention = toDate(kind, matcher, articleDate);
				if (mention != null && mention.inferred()) {
					mention = withYearNamedAfter(text, to, mention, articleDate);
				}
				if (mention != null) {
					addIfFree(found, mention);
				}
			}
		}
		Matcher weekdays = weekdayPattern.matcher(text).region(from, to);
		while (weekdays.find() && articleDate != null) {
			if (!Character.isUpperCase(weekdays.group(2).charAt(0))) {
				continue;
			}
			DayOfWeek day = DayOfWeek.of(reference.weekday(weekdays.group(2)));
			LocalDate date = "next".equalsIgnoreCase(weekdays.group(1))
					? articleDate.with(TemporalAdjusters.next(day))
					: articleDate.with(TemporalAdjusters.previousOrSame(day));
			addIfFree(found, new DateMention(new Span(weekdays.start(), weekdays.end()), date, DatePrecision.DAY, true));
		}
		if (articleDate != null) {
			relativePeriods(text, from, to, articleDate, found);
		}
		Matcher years = yearPattern.matcher(text).region(from, to);
		while (years.find()) {
			LocalDate date = LocalDate.of(Integer.parseInt(years.group(1)), 1, 1);
			addIfFree(found, new DateMention(new Span(years.start(), years.end()), date, DatePrecision.YEAR, false));
		}
		found.sort(Comparator.comparing(DateMention::span));
		return List.copyOf(found);
	}

	/** {@code next month}, {@code last year's}, {@code in December}: months and years counted from the article's. */
	private void relativePeriods(String text, int from, int to, LocalDate articleDate, List<DateMention> found) {
		Matcher months = monthAlone.matcher(text).region(from, to);
		while (months.find()) {
			if (!Character.isUpperCase(months.group(1).charAt(0))) {
				continue;
			}
			LocalDate month = articleDate.withDayOfMonth(1).withMonth(month(months.group(1)));
			String before = text.substring(Math.max(from, months.start() - FUTURE_REACH), months.start());
			LocalDate thisMonth = articleDate.withDayOfMonth(1);
			Matcher yearAfter = MONTH_YEAR_AFTER.matcher(text).region(months.end(1), to);
			int end = months.end(1);
			if (yearAfter.lookingAt()) {
				month = month.withYear(articleDate.getYear() + step(yearAfter.group(1)));
				end = yearAfter.end();
			}
			else {
				LocalDate coming = month.isBefore(thisMonth) ? month.plusYears(1) : month;
				LocalDate past = month.isAfter(thisMonth) ? month.minusYears(1) : month;
				boolean nearerAhead = coming.toEpochDay() - thisMonth.toEpochDay() < thisMonth.toEpochDay()
						- past.toEpochDay();
				String clause = before.substring(Math.max(0, before.length() - PAST_REACH));
				month = future.matcher(before).find() || nearerAhead && !PAST_TENSE.matcher(clause).find() ? coming : past;
			}
			addIfFree(found, new DateMention(new Span(months.start(1), end), month, DatePrecision.MONTH, true));
		}
		Matcher periods = RELATIVE_PERIOD.matcher(text).region(from, to);
		while (periods.find()) {
			int step = step(periods.group(1));
			Span span = new Span(periods.start(), periods.end());
			addIfFree(found, periods.group(2).equals("month")
					? new DateMention(span, articleDate.withDayOfMonth(1).plusMonths(step), DatePrecision.MONTH, true)
					: new DateMention(span, articleDate.withDayOfYear(1).plusYears(step), DatePrecision.YEAR, true));
		}
	}

	/** {@code on 23 November last year}: the day and month in the year named after them. */
	private static DateMention withYearNamedAfter(String text, int to, DateMention mention, LocalDate articleDate) {
		Matcher yearAfter = MONTH_YEAR_AFTER.matcher(text).region(mention.span().end(), to);
		if (!yearAfter.lookingAt()) {
			return mention;
		}
		LocalDate date = mention.date().withYear(articleDate.getYear() + step(yearAfter.group(1)));
		return new DateMention(new Span(mention.span().start(), yearAfter.end()), date, mention.precision(), true);
	}

	private static int step(String relative) {
		return switch (relative) {
			case "last", "past", "the previous" -> -1;
			case "next", "coming", "the following" -> 1;
			default -> 0;
		};
	}

	private DateMention toDate(int kind, Matcher m, LocalDate articleDate) {
		Span span = new Span(m.start(), m.end());
		try {
			return switch (kind) {
				case 0 -> day(span, m.group(3), month(m.group(1)), m.group(2));
				case 1 -> day(span, m.group(3), month(m.group(2)), m.group(1));
				case 2 -> day(span, m.group(3), Integer.parseInt(m.group(2)), m.group(1));
				case 3 -> day(span, m.group(1), Integer.parseInt(m.group(2)), m.group(3));
				case 4 -> Character.isUpperCase(m.group(1).charAt(0)) ? new DateMention(span,
						LocalDate.of(Integer.parseInt(m.group(2)), month(m.group(1)), 1), DatePrecision.MONTH, false)
						: null;
				case 5 -> withArticleYear(span, month(m.group(1)), Integer.parseInt(m.group(2)), articleDate,
						m.group(1));
				case 6 -> withArticleYear(span, month(m.group(2)), Integer.parseInt(m.group(1)), articleDate,
						m.group(2));
				default -> null;
			};
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	private int month(String name) {
		return reference.month(name);
	}

	private static DateMention day(Span span, String year, int month, String day) {
		return new DateMention(span, LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)),
				DatePrecision.DAY, false);
	}

	private static DateMention withArticleYear(Span span, int month, int day, LocalDate articleDate, String monthWord) {
		if (articleDate == null || !Character.isUpperCase(monthWord.charAt(0))) {
			return null;
		}
		LocalDate date = LocalDate.of(articleDate.getYear(), month, day);
		if (date.isAfter(articleDate.plusDays(60))) {
			date = date.minusYears(1);
		}
		else if (date.isBefore(articleDate.minusDays(300))) {
			date = date.plusYears(1);
		}
		return new DateMention(span, date, DatePrecision.DAY, true);
	}

	private static void addIfFree(List<DateMention> found, DateMention mention) {
		if (found.stream().noneMatch(other -> other.span().overlaps(mention.span()))) {
			found.add(mention);
		}
	}

	private static String alternation(Collection<String> words) {
		return words.stream()
			.flatMap(word -> Stream.of(word, capitalize(word)))
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
	}

	private static String capitalize(String word) {
		return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
	}

}

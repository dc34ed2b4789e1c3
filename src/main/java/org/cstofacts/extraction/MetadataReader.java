package org.cstofacts.extraction;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstofacts.extraction.ArticleFacts.DatePrecision;
import org.cstofacts.extraction.ArticleFacts.Metadata;
import org.cstofacts.extraction.Block.Kind;

/**
 * Stage 1b: reads the title, the byline (publisher, category, publication date and time) and the dateline
 * ({@code MINSK, Nov 23 –}) in the forms news sites use.
 */
public final class MetadataReader {

	/** What the byline and dateline say. */
	public record Result(Metadata metadata, List<String> datelinePlaces) {
	}

	private static final Pattern PART_SEPARATOR = Pattern.compile("\\s*[|·•♦]\\s*|\\s+[–—]\\s+");

	private static final Pattern TIME = Pattern.compile("(?<![\\d.])\\b([01]?\\d|2[0-3])[:.]([0-5]\\d)\\b(?!\\.\\d)"
			+ "(?:\\s*([AaPp])\\.?\\s?[Mm]\\b\\.?)?");

	/** {@code GMT+6}, {@code UTC+03:00}, {@code (GMT -5)}: the offset the byline's time is given in. */
	private static final Pattern OFFSET = Pattern
		.compile("\\b(?:GMT|UTC)\\s?([+\\-−–])\\s?(\\d{1,2})(?::?([0-5]\\d))?\\b|\\b(?:GMT|UTC)\\b(?!\\s?[+\\-−–])");

	private static final Pattern LABEL = Pattern.compile("(?i)^(?:published|updated|posted|date)\\s*:?\\s*");

	private static final Pattern DATELINE = Pattern
		.compile("^(\\p{Lu}[\\p{Lu}\\p{M} .'’\\-/]*\\p{Lu})(?:\\s*\\([^)]{1,40}\\))?(,[^–—\\-\\n/]{1,40})?\\s*"
				+ "(?:[–—\\-]|\\.?\\s*/[^/\\n]{1,20}/\\.?)\\s+");

	/** {@code Vienna, 9 April (APA) –}: a place in title case counts only with a date or agency after it. */
	private static final Pattern TITLE_CASE_DATELINE = Pattern.compile("^(\\p{Lu}\\p{Ll}+(?:[ \\-]\\p{Lu}\\p{Ll}+)?)"
			+ "(,[^–—\\-\\n/().]{3,40})\\s*(?:\\([^)]{1,40}\\))?\\s*(?:[–—\\-]|\\.?\\s*/[^/\\n]{1,20}/\\.?)\\s+");

	/** {@code MOSCOW. The leaders …}: a city in capitals closed by a full stop, as news agencies write it. */
	private static final Pattern CITY_DATELINE = Pattern.compile("^(\\p{Lu}[\\p{Lu}\\p{M} '’\\-]*\\p{Lu})\\.\\s+(?=\\p{Lu})");

	private final DateFinder dates;

	private final ReferenceData reference;

	public MetadataReader(DateFinder dates, ReferenceData reference) {
		this.dates = dates;
		this.reference = reference;
	}

	public Result read(String text, List<Block> blocks) {
		String title = null;
		String publisher = null;
		String category = null;
		LocalDate date = null;
		LocalTime time = null;
		ZoneOffset offset = null;
		List<String> plainParts = new ArrayList<>();
		for (Block block : blocks) {
			if (block.kind() == Kind.TITLE) {
				title = block.text(text).strip();
			}
			if (block.kind() != Kind.BYLINE) {
				continue;
			}
			for (String line : block.text(text).split("\n")) {
				for (String part : PART_SEPARATOR.split(line.strip())) {
					String value = LABEL.matcher(part.strip()).replaceFirst("").strip();
					if (value.isEmpty()) {
						continue;
					}
					LocalDate partDate = fullDate(value);
					Matcher timeMatch = TIME.matcher(value);
					boolean hasTime = timeMatch.find();
					if (partDate != null || hasTime) {
						date = date == null ? partDate : date;
						if (time == null && hasTime) {
							time = time(timeMatch);
							offset = offset(value.substring(timeMatch.end()));
						}
					}
					else if (value.startsWith("(") && value.endsWith(")")) {
						publisher = value.substring(1, value.length() - 1).strip();
					}
					else if (value.regionMatches(true, 0, "By ", 0, 3) || value.matches(".*\\d.*")) {
						continue;
					}
					else if (reference.isCategory(value) && category == null) {
						category = value;
					}
					else {
						plainParts.add(value);
					}
				}
			}
		}
		for (String part : plainParts) {
			if (publisher == null) {
				publisher = part;
			}
			else if (category == null && !part.equals(publisher)) {
				category = part;
			}
		}
		List<String> places = new ArrayList<>();
		Block firstParagraph = blocks.stream().filter(b -> b.kind() == Kind.PARAGRAPH).findFirst().orElse(null);
		if (firstParagraph != null) {
			Matcher dateline = DATELINE.matcher(firstParagraph.text(text));
			boolean found = dateline.find();
			if (!found) {
				dateline = TITLE_CASE_DATELINE.matcher(firstParagraph.text(text));
				found = dateline.find() && fullDateOrDay(dateline.group(2));
			}
			if (!found) {
				dateline = CITY_DATELINE.matcher(firstParagraph.text(text));
				found = dateline.find() && isCity(titleCase(dateline.group(1)));
			}
			if (found && dateline.group(1).length() >= 3) {
				for (String place : dateline.group(1).split("/")) {
					places.add(titleCase(place.strip()));
				}
				if (date == null && dateline.groupCount() > 1 && dateline.group(2) != null) {
					date = fullDate(dateline.group(2));
				}
			}
		}
		LocalDateTime publishedAt = date == null ? null : time == null ? date.atStartOfDay() : date.atTime(time);
		return new Result(new Metadata(title, publisher, category, publishedAt, places.isEmpty() ? null
				: String.join("/", places), publishedAt == null || time == null ? null : offset), places);
	}

	/** {@code 18:05}, {@code 6:05 PM}, {@code 12.30 a.m.}: a clock time, the 12-hour ones turned into 24-hour. */
	static LocalTime time(Matcher match) {
		int hour = Integer.parseInt(match.group(1));
		int minute = Integer.parseInt(match.group(2));
		String half = match.group(3);
		if (half != null && hour >= 1 && hour <= 12) {
			boolean afternoon = half.equalsIgnoreCase("p");
			hour = hour % 12 + (afternoon ? 12 : 0);
		}
		return LocalTime.of(hour, minute);
	}

	/** The offset written right after a time, or null when none is. */
	static ZoneOffset offset(String afterTime) {
		Matcher match = OFFSET.matcher(afterTime);
		if (!match.find() || match.start() > 3) {
			return null;
		}
		if (match.group(1) == null) {
			return ZoneOffset.UTC;
		}
		int hours = Integer.parseInt(match.group(2));
		int minutes = match.group(3) == null ? 0 : Integer.parseInt(match.group(3));
		if (hours > 14) {
			return null;
		}
		int sign = match.group(1).equals("+") ? 1 : -1;
		return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
	}

	private boolean isCity(String name) {
		return reference.cities().stream().anyMatch(city -> city.names().contains(name));
	}

	private boolean fullDateOrDay(String value) {
		return !dates.find(value, LocalDate.of(2000, 1, 1)).isEmpty();
	}

	private LocalDate fullDate(String value) {
		return dates.find(value, null)
			.stream()
			.filter(mention -> mention.precision() == DatePrecision.DAY)
			.map(DateMention::date)
			.findFirst()
			.orElse(null);
	}

	private static String titleCase(String upper) {
		StringBuilder out = new StringBuilder(upper.length());
		boolean startOfWord = true;
		for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
			out.append(startOfWord ? Character.toUpperCase(c) : c);
			startOfWord = c == ' ' || c == '-' || c == '\'';
		}
		return out.toString();
	}

}

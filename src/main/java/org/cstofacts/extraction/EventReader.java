package org.cstofacts.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstofacts.extraction.ArticleFacts.DatePrecision;
import org.cstofacts.extraction.ArticleFacts.EventFact;
import org.cstofacts.extraction.ArticleFacts.EventType;
import org.cstofacts.extraction.Mentions.CityMention;
import org.cstofacts.extraction.Mentions.CountryMention;

/**
 * Stage 4b: dated events — summits (meetings of the heads of state, sessions of the organization's council),
 * the signing of the treaty, the founding of the organization — each with the date written nearest its cue words,
 * the city and venue, the occasion, and the people who attended.
 */
public final class EventReader {

	private static final Pattern SUMMIT = Pattern.compile("(?i)\\bsummit\\b|\\b(?:extraordinary|regular|jubilee|"
			+ "anniversary|informal|annual|previous|last|next|plenary)\\s+(?:session|meeting)\\b|\\b(?:session|meeting)s?\\s+of\\s+"
			+ "(?:the\\s+)?(?:\\p{Lu}{2,6}\\s+|organi[sz]ation's\\s+)?(?:heads|leaders|collective security council|csc|council)\\b"
			+ "|\\b(?:collective security council|csc)(?:'s)?\\s+(?:\\w+\\s+)?(?:session|meeting)\\b"
			+ "|\\b(?:leaders|heads of (?:member )?states?|presidents|collective security council|csc)\\b[^.;:]{0,90}?"
			+ "\\b(?:met|meet|meets|gather|gathers|gathered|convene|convened|assembled)\\b"
			+ "|\\bsession\\s+in\\s+(?:the\\s+)?\\p{Lu}\\p{L}+\\b|\\bwe\\s+(?:last\\s+|first\\s+)?met\\s+in\\b"
			+ "|\\bhost\\s+(?:you|us|the\\s+(?:next\\s+)?(?:summit|session|leaders))\\b"
			+ "|\\b(?:session|meeting)\\b[^.;:]{0,40}?\\b(?:was|were)\\s+attended\\b"
			+ "|\\bheld\\s+(?:a|an|its|their)\\s+(?:\\w+\\s+)?(?:meeting|session)\\b"
			+ "|\\bour\\s+(?:\\w+\\s+)?(?:session|meeting)\\b"
			+ "|\\b(?:leaders['’]?|heads of state|presidents['’]?)\\s+(?:\\w+\\s+)?(?:meeting|session|summit)\\b"
			+ "|\\b(?:CSTO|bloc|alliance)\\b(?:,\\s+(?:which|whose|that)\\b[^.;:]{0,120}?,\\s+(?:last\\s+|first\\s+)?|\\s+(?:last|first)\\s+)"
			+ "(?:met|gathered|convened)\\b(?!\\s+with)");

	/** {@code Rusu, whose term ends in December, attended the session}: December dates the term. */
	private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",\\s+(?:who|whose|which)\\b");

	/** Words that open another clause: a date past them belongs to that clause, not to the meeting. */
	private static final Pattern OTHER_CLAUSE = Pattern
		.compile("\\b(?:since|after|before|when|while|because|although|though|until|unless)\\b");

	private static final Pattern TREATY_SIGNED = Pattern.compile("(?i)\\btreaty\\b(?!\\s+organi[sz]ation)[^.;]{0,40}?"
			+ "\\b(?:was\\s+|were\\s+)?signed\\b|\\bsign(?:ed|ing)\\s+(?:of\\s+)?(?:the\\s+)?[\\w\\s]{0,40}?\\btreaty\\b"
			+ "(?!\\s+organi[sz]ation)");

	private static final Pattern ORGANIZATION_FOUNDED = Pattern.compile("(?i)\\b(?:was|were|been|is|being)\\s+(?:\\w+ly\\s+)?"
			+ "(?:founded|established|set up|created|formed|launched)\\b|,\\s*(?:founded|established|created|set up|formed)\\s+in\\b"
			+ "|\\b(?:establishment|founding|creation|foundation|formation)\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}{2,6}\\b|organi[sz]ation|alliance|bloc)"
			+ "|\\b(?:transform|reorgani[sz]e|turn|convert|upgrade)\\w*\\b[^.;]{0,160}?\\binto\\b[^.;]{0,60}?\\borgani[sz]ation\\b"
			+ "|\\bbec(?:a|o)me\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}organi[sz]ation\\b");

	private static final Pattern FUTURE = Pattern
		.compile("(?i)\\b(?:next|upcoming|future|forthcoming|planned)\\s+(?:[\\w'’]+\\s+)?(?:summit|session|meeting)\\b");

	private static final Pattern ORGANIZATION_WORD = Pattern.compile("(?i)\\b(?:organi[sz]ation|alliance|bloc)\\b");

	private static final Pattern ATTENDANCE = Pattern.compile("(?i)\\b(?:attend\\w*|took part|take part|taking part|"
			+ "participat\\w*|host\\w*|receiv\\w*|joined|chair\\w*|represented by|present)\\b");

	private static final Pattern STOOD_IN = Pattern
		.compile("(?i)(?:stood in for|standing in for|instead of|in place of|replacing|on behalf of)\\s+(?:\\p{Lu}\\p{L}*\\s+){0,2}$");

	private static final Pattern NOT_ATTENDING = Pattern.compile("(?i)^[^.;]{0,60}?\\b(?:chose to skip|skipped|boycott\\w*|"
			+ "stayed away|did not (?:attend|come|travel)|was absent|declined to (?:attend|come)|refused to (?:attend|come))\\b");

	private static final Pattern OCCASION = Pattern
		.compile("(?i)\\b(?:to mark|to celebrate|dedicated to|in hono(?:u)?r of|on the occasion of|devoted to)\\s+([^.;:]+)");

	private static final Pattern TARGET_YEAR = Pattern.compile("(?i)\\b(?:to|until|till|through|by|for|before|after|since|from)\\s+$");

	private static final Pattern LOCATIVE = Pattern.compile("(?i)\\b(?:in|at|to|near)\\s+(?:the\\s+)?$");

	private static final Pattern CAPITAL = Pattern.compile("(?i)\\bcapital\\b");

	private final ReferenceData reference;

	private final Pattern online;

	private final Pattern venue;

	private final Pattern futureMarker;

	/** {@code future}: a meeting still to come, which takes only a date written after it and not yet past. */
	private record Cue(EventType type, Span span, boolean future) {

		Cue(EventType type, Span span) {
			this(type, span, false);
		}

	}

	public EventReader(ReferenceData reference) {
		this.reference = reference;
		this.online = Pattern.compile("(?i)\\b(?:" + String.join("|",
				reference.onlineMeetingWords().stream().map(Pattern::quote).toList()) + ")\\b");
		this.futureMarker = Pattern.compile("(?i)\\b(?:" + String.join("|",
				reference.futureMarkers().stream().map(Pattern::quote).toList()) + ")\\b");
		this.venue = Pattern.compile("\\b(?:at|in)\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}'’\\-]*\\s+(?:of\\s+(?:the\\s+)?)?){0,4}"
				+ "(?:" + String.join("|", reference.venueWords()) + ")(?:\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}'’\\-]*){0,4})");
	}

	public List<EventFact> read(Layout layout, Mentions mentions, People people) {
		List<Builder> events = new ArrayList<>();
		List<Span> undatedSummits = new ArrayList<>();
		for (Sentence sentence : layout.sentences()) {
			List<Cue> cues = cues(layout, mentions, sentence);
			if (cues.isEmpty()) {
				continue;
			}
			List<DateMention> dates = mentions.dates()
				.stream()
				.filter(d -> sentence.span().contains(d.span()) && !layout.insideQuote(d.span()))
				.filter(d -> !isTargetYear(layout.text(), d))
				.toList();
			List<CityMention> cities = citiesIn(layout, mentions, sentence.span());
			String text = layout.text();
			Map<Cue, DateMention> dateOf = assign(text, cues.stream().filter(c -> !c.future()).toList(), dates,
					DateMention::span);
			List<DateMention> comingDates = dates.stream()
				.filter(d -> !dateOf.containsValue(d) && !isPast(layout, d))
				.toList();
			dateOf.putAll(assign(text, cues.stream().filter(Cue::future).toList(), comingDates, DateMention::span,
					true));
			dateOf.putAll(assign(text, cues.stream().filter(c -> c.future() && !dateOf.containsKey(c)).toList(),
					comingDates.stream().filter(d -> d.precision() == DatePrecision.YEAR && !dateOf.containsValue(d))
						.toList(), DateMention::span));
			Map<Cue, CityMention> cityOf = assign(text, cues, cities, CityMention::span);
			for (Cue cue : cues) {
				DateMention date = dateOf.get(cue);
				if (date == null) {
					if (cue.type() == EventType.SUMMIT && !cue.future()
							&& layout.turnHolding(sentence.span()).isEmpty()) {
						undatedSummits.add(sentence.span());
					}
					continue;
				}
				Builder event = builderFor(events, cue.type(), date);
				event.sources.add(date.span());
				if (cityOf.containsKey(cue)) {
					event.placeIfAbsent(cityOf.get(cue).city());
				}
				if (cue.type() == EventType.SUMMIT) {
					event.summitSentences.add(sentence.span());
				}
				if (cue.type() == EventType.TREATY_SIGNED) {
					event.title = treatyName(layout.textOf(sentence.span())).map(name -> "Signing of the " + name)
						.orElse("Signing of the treaty");
				}
			}
		}
		if (!undatedSummits.isEmpty() && events.stream()
			.noneMatch(e -> e.type == EventType.SUMMIT && e.precision == DatePrecision.DAY && isNews(layout, e.date))) {
			leadDate(layout, mentions).filter(date -> isNews(layout, date.date())).ifPresent(date -> {
				Builder summit = builderFor(events, EventType.SUMMIT, date);
				summit.sources.add(date.span());
			});
		}
		transcriptDate(layout, undatedSummits).ifPresent(date -> {
			Builder summit = builderFor(events, EventType.SUMMIT, date);
			summit.sources.add(date.span());
		});
		Builder main = mainSummit(events, layout);
		if (main != null) {
			main.summitSentences.addAll(undatedSummits);
		}
		List<EventFact> facts = new ArrayList<>();
		for (Builder event : events) {
			facts.add(event.build(layout, mentions, people, event == main));
		}
		facts.sort(Comparator.comparing(EventFact::date).thenComparing(EventFact::type));
		return List.copyOf(facts);
	}

	private List<Cue> cues(Layout layout, Mentions mentions, Sentence sentence) {
		String words = layout.textOf(sentence.span());
		int offset = sentence.span().start();
		List<Cue> cues = new ArrayList<>();
		Matcher summit = SUMMIT.matcher(words);
		while (summit.find()) {
			Span span = new Span(offset + summit.start(), offset + summit.end());
			if (!layout.insideQuote(span) && !ofAnotherOrganization(layout.text(), mentions, span)) {
				boolean future = FUTURE.matcher(summit.group()).find() || isFuture(words, summit.start())
						|| futureMarker.matcher(words.substring(Math.max(0, summit.start() - 40), summit.start())).find();
				cues.add(new Cue(EventType.SUMMIT, span, future));
			}
		}
		Matcher treaty = TREATY_SIGNED.matcher(words);
		while (treaty.find()) {
			cues.add(new Cue(EventType.TREATY_SIGNED, new Span(offset + treaty.start(), offset + treaty.end())));
		}
		boolean namesOrganization = ORGANIZATION_WORD.matcher(words).find() || mentions.organizations()
			.stream()
			.anyMatch(o -> sentence.span().contains(o.span()) && !o.organ());
		if (namesOrganization) {
			Matcher founded = ORGANIZATION_FOUNDED.matcher(words);
			while (founded.find()) {
				cues.add(new Cue(EventType.ORGANIZATION_FOUNDED,
						new Span(offset + founded.start(), offset + founded.end())));
			}
		}
		return merged(cues);
	}

	/**
	 * A date is the news of the day when it is the article's own or within the week before it: a meeting dated
	 * earlier does not stand in for the one the lead reports.
	 */
	private static boolean isNews(Layout layout, LocalDate date) {
		if (layout.metadata().publishedAt() == null) {
			return true;
		}
		long daysBefore = layout.metadata().publishedAt().toLocalDate().toEpochDay() - date.toEpochDay();
		return daysBefore >= 0 && daysBefore <= 7;
	}

	/** A date before the article's own: no meeting still to come is held then. */
	private static boolean isPast(Layout layout, DateMention date) {
		if (layout.metadata().publishedAt() == null) {
			return false;
		}
		LocalDate published = layout.metadata().publishedAt().toLocalDate();
		LocalDate last = switch (date.precision()) {
			case DAY -> date.date();
			case MONTH -> date.date().plusMonths(1).minusDays(1);
			case YEAR -> date.date().plusYears(1).minusDays(1);
		};
		return last.isBefore(published);
	}

	/**
	 * A transcript reports the meeting it records on the day of its byline: the lead names the meeting without a
	 * date, and the dates spoken in the turns are other meetings'.
	 */
	private static Optional<DateMention> transcriptDate(Layout layout, List<Span> undatedSummits) {
		if (layout.turns().isEmpty() || layout.metadata().publishedAt() == null || undatedSummits.isEmpty()) {
			return Optional.empty();
		}
		int firstTurn = layout.turns().get(0).label().start();
		return undatedSummits.stream()
			.filter(sentence -> sentence.end() <= firstTurn)
			.findFirst()
			.map(sentence -> new DateMention(sentence, layout.metadata().publishedAt().toLocalDate(), DatePrecision.DAY,
					true));
	}

	/** {@code the next summit}: a meeting still to come. */
	private static boolean isFuture(String sentence, int cueStart) {
		return FUTURE.matcher(sentence.substring(Math.max(0, cueStart - 20), Math.min(sentence.length(), cueStart + 30)))
			.find();
	}

	/** A summit of NATO or the SCO named in passing is not one of this organization's. */
	private static boolean ofAnotherOrganization(String text, Mentions mentions, Span cue) {
		return mentions.organizations()
			.stream()
			.filter(o -> !o.acronym().equals(mentions.mainOrganization()))
			.anyMatch(o -> o.span().end() <= cue.start() && cue.start() - o.span().end() <= 3
					|| o.span().start() >= cue.end() && o.span().start() - cue.end() <= 12);
	}

	/**
	 * Pairs cues with items one to one, nearest pairs first; an item written after its cue is preferred, since
	 * news writes {@code signed in Vienna on April 9, 1995}.
	 */
	private static <T> Map<Cue, T> assign(String text, List<Cue> cues, List<T> items, Function<T, Span> spanOf) {
		return assign(text, cues, items, spanOf, false);
	}

	/** With {@code onlyAfter}, an item is paired only with a cue written before it. */
	private static <T> Map<Cue, T> assign(String text, List<Cue> cues, List<T> items, Function<T, Span> spanOf,
			boolean onlyAfter) {
		record Pair<T>(Cue cue, T item, int distance) {
		}
		List<Pair<T>> pairs = new ArrayList<>();
		for (Cue cue : cues) {
			for (T item : items) {
				Span span = spanOf.apply(item);
				if (onlyAfter && span.start() < cue.span().end() || inAnotherClause(text, span, cue)) {
					continue;
				}
				int distance = distance(cue.span(), span) * (span.start() < cue.span().start() ? 2 : 1);
				pairs.add(new Pair<>(cue, item, distance));
			}
		}
		pairs.sort(Comparator.comparingInt(Pair::distance));
		Map<Cue, T> assigned = new HashMap<>();
		Set<T> used = new HashSet<>();
		for (Pair<T> pair : pairs) {
			if (!assigned.containsKey(pair.cue()) && !used.contains(pair.item())) {
				assigned.put(pair.cue(), pair.item());
				used.add(pair.item());
			}
		}
		return assigned;
	}

	/**
	 * {@code The Riga summit was the first he attended since he took office in May}: May dates the office; so it does
	 * in {@code Moldova, whose president, Ion Rusu, took office in May, attended the summit}.
	 */
	private static boolean inAnotherClause(String text, Span item, Cue cue) {
		int from = Math.min(item.end(), cue.span().end());
		int to = Math.max(item.start(), cue.span().start());
		if (from < to && OTHER_CLAUSE.matcher(text).region(from, to).find()) {
			return true;
		}
		int clauseEnd = text.indexOf(',', item.end());
		if (clauseEnd < 0) {
			return false;
		}
		int clauseStart = -1;
		Matcher relative = RELATIVE_CLAUSE.matcher(text).region(Math.max(0, item.start() - 160), item.start());
		while (relative.find()) {
			clauseStart = relative.start();
		}
		return clauseStart >= 0 && !new Span(clauseStart, clauseEnd).overlaps(cue.span())
				&& text.substring(clauseStart + 1, item.start()).indexOf('.') < 0;
	}

	private static int distance(Span a, Span b) {
		if (a.overlaps(b)) {
			return 0;
		}
		return a.end() <= b.start() ? b.start() - a.end() : a.start() - b.end() + 1;
	}

	/** Cues of one kind that overlap or touch are one cue ({@code the previous session of the Council}). */
	private static List<Cue> merged(List<Cue> cues) {
		List<Cue> sorted = new ArrayList<>(cues);
		sorted.sort(Comparator.comparing(Cue::span));
		List<Cue> merged = new ArrayList<>();
		for (Cue cue : sorted) {
			Cue same = merged.stream()
				.filter(m -> m.type() == cue.type() && m.span().end() + 1 >= cue.span().start()
						&& cue.span().end() + 1 >= m.span().start())
				.findFirst()
				.orElse(null);
			if (same == null) {
				merged.add(cue);
			}
			else {
				merged.set(merged.indexOf(same), new Cue(cue.type(), new Span(Math.min(same.span().start(),
						cue.span().start()), Math.max(same.span().end(), cue.span().end()))));
			}
		}
		return merged;
	}

	/**
	 * {@code a plan to 2025}: a year that bounds something, not the date of an event; but {@code since last year's
	 * summit} dates the summit.
	 */
	private static boolean isTargetYear(String text, DateMention date) {
		boolean possessive = text.startsWith("'s", date.span().end()) || text.startsWith("’s", date.span().end());
		return date.precision() == DatePrecision.YEAR && !possessive
				&& TARGET_YEAR.matcher(text.substring(Math.max(0, date.span().start() - 12), date.span().start()))
					.find();
	}

	/** Cities where something takes place: {@code in Vienna}, {@code Riga summit}, {@code in the Latvian capital}. */
	private List<CityMention> citiesIn(Layout layout, Mentions mentions, Span sentence) {
		String text = layout.text();
		List<CityMention> cities = new ArrayList<>(mentions.cities()
			.stream()
			.filter(c -> sentence.contains(c.span()) && !layout.insideQuote(c.span()))
			.filter(c -> LOCATIVE.matcher(text.substring(Math.max(0, c.span().start() - 12), c.span().start())).find()
					|| SUMMIT.matcher(text.substring(c.span().end(), Math.min(text.length(), c.span().end() + 8)))
						.lookingAt())
			.toList());
		Matcher capital = CAPITAL.matcher(text).region(sentence.start(), sentence.end());
		while (capital.find()) {
			int before = capital.start() - 1;
			Optional<CountryMention> country = mentions.countryEndingAt(before)
				.or(() -> mentions.countryEndingAt(before - 2));
			country.flatMap(c -> capitalOf(c.code()))
				.ifPresent(city -> cities.add(new CityMention(new Span(capital.start(), capital.end()), city,
						country.get().code())));
		}
		cities.sort(Comparator.comparing(CityMention::span));
		return cities;
	}

	private Optional<String> capitalOf(String country) {
		return reference.cities().stream().filter(c -> c.capital() && c.country().equals(country)).map(
				ReferenceData.City::name).findFirst();
	}

	private Builder builderFor(List<Builder> events, EventType type, DateMention date) {
		for (Builder event : events) {
			if (event.type == type && event.date.equals(date.date()) && event.precision == date.precision()) {
				return event;
			}
		}
		Builder event = new Builder(type, date.date(), date.precision());
		events.add(event);
		return event;
	}

	/**
	 * An article about a summit that never says "met on …" beside its cue words still dates it in its lead: the
	 * first day-precise date of the first paragraph.
	 */
	private static Optional<DateMention> leadDate(Layout layout, Mentions mentions) {
		return layout.blocks()
			.stream()
			.filter(b -> b.kind() == Block.Kind.PARAGRAPH)
			.findFirst()
			.flatMap(lead -> mentions.dates()
				.stream()
				.filter(d -> lead.span().contains(d.span()) && d.precision() == DatePrecision.DAY)
				.filter(d -> !layout.insideQuote(d.span()))
				.findFirst());
	}

	/** The summit the article reports: the day-dated one nearest the article's own date. */
	private Builder mainSummit(List<Builder> events, Layout layout) {
		LocalDate published = layout.metadata().publishedAt() == null ? null
				: layout.metadata().publishedAt().toLocalDate();
		return events.stream()
			.filter(e -> e.type == EventType.SUMMIT && e.precision == DatePrecision.DAY)
			.min(Comparator.comparingLong(e -> published == null ? 0
					: Math.abs(published.toEpochDay() - e.date.toEpochDay())))
			.orElse(null);
	}

	private static Optional<String> treatyName(String sentence) {
		Matcher name = Pattern.compile("((?:\\p{Lu}\\p{L}+\\s+){1,5}Treaty)\\b(?!\\s+Organi[sz]ation)").matcher(sentence);
		return name.find() ? Optional.of(name.group(1).replaceFirst("^The ", "")) : Optional.empty();
	}

	private final class Builder {

		private final EventType type;

		private final LocalDate date;

		private final DatePrecision precision;

		private String place;

		private String title;

		private final List<Span> sources = new ArrayList<>();

		private final Set<Span> summitSentences = new LinkedHashSet<>();

		Builder(EventType type, LocalDate date, DatePrecision precision) {
			this.type = type;
			this.date = date;
			this.precision = precision;
		}

		void placeIfAbsent(String city) {
			if (place == null) {
				place = city;
			}
		}

		EventFact build(Layout layout, Mentions mentions, People people, boolean main) {
			String text = layout.text();
			String venueName = null;
			String occasion = null;
			boolean virtual = false;
			for (Span sentence : summitSentences) {
				String words = sentence.of(text);
				Matcher venueMatch = venue.matcher(words);
				if (venueName == null && venueMatch.find()) {
					venueName = venueMatch.group(1).strip();
				}
				Matcher occasionMatch = OCCASION.matcher(words);
				if (occasion == null && occasionMatch.find()) {
					occasion = occasionMatch.group(1).strip();
				}
				if (online.matcher(words).find()) {
					virtual = true;
				}
			}
			if (main && venueName == null) {
				venueName = layout.sentences()
					.stream()
					.map(sentence -> sentence.span().of(text))
					.filter(words -> ATTENDANCE.matcher(words).find())
					.map(venue::matcher)
					.filter(Matcher::find)
					.map(m -> m.group(1).strip())
					.findFirst()
					.orElse(null);
			}
			for (Span sentence : summitSentences) {
				if (place == null && main) {
					citiesIn(layout, mentions, sentence).stream().findFirst().ifPresent(c -> place = c.city());
				}
			}
			if (main && place == null && layout.datelinePlaces().size() == 1) {
				place = cityNamed(layout.datelinePlaces().get(0));
			}
			String served = virtual && type == EventType.SUMMIT ? null : place;
			List<String> participants = type == EventType.SUMMIT ? participants(layout, people, main) : List.of();
			return new EventFact(type, title(mentions.mainOrganization(), served), date, precision, served,
					virtual ? null : venueName, occasion, participants, List.copyOf(sources));
		}

		private String cityNamed(String name) {
			return reference.cities()
				.stream()
				.filter(c -> c.names().stream().anyMatch(n -> n.equalsIgnoreCase(name)))
				.map(ReferenceData.City::name)
				.findFirst()
				.orElse(null);
		}

		private String title(String organization, String servedPlace) {
			String where = servedPlace == null ? "" : " in " + servedPlace;
			String who = organization == null ? "" : organization + " ";
			return switch (type) {
				case SUMMIT -> who + "summit" + where;
				case TREATY_SIGNED -> (title == null ? "Signing of the treaty" : title) + where;
				case ORGANIZATION_FOUNDED -> "Founding of the " + (organization == null ? "organization" : organization)
						+ where;
			};
		}

		private List<String> participants(Layout layout, People people, boolean main) {
			Set<String> names = new LinkedHashSet<>();
			String text = layout.text();
			for (People.Reference reference : people.references()) {
				Optional<Sentence> sentence = layout.sentenceAt(reference.span().start());
				if (sentence.isEmpty() || layout.insideQuote(reference.span())) {
					continue;
				}
				String words = sentence.get().span().of(text);
				boolean inSummitSentence = summitSentences.contains(sentence.get().span());
				boolean attending = main && ATTENDANCE.matcher(words).find();
				String before = text.substring(sentence.get().span().start(), reference.span().start());
				String after = text.substring(Math.min(reference.span().end(), sentence.get().span().end()),
						sentence.get().span().end());
				if ((inSummitSentence || attending) && !STOOD_IN.matcher(before).find()
						&& !NOT_ATTENDING.matcher(after).find()) {
					names.add(people.person(reference.person()).name());
				}
			}
			return List.copyOf(names);
		}

	}

}

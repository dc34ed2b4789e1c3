package org.cstofacts.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

import org.cstofacts.extraction.Mentions.CountryMention;
import org.cstofacts.extraction.Mentions.OrganizationMention;
import org.cstofacts.extraction.Mentions.TitleMention;
import org.cstofacts.extraction.People.Person;
import org.cstofacts.extraction.People.Reference;
import org.cstofacts.extraction.ReferenceData.Title;
import org.cstofacts.extraction.ReferenceData.TitleKind;

/**
 * Stage 3: finds people through their titles — before the name ({@code Moldovan President Ion Rusu},
 * {@code President of the Republic of Latvia Anna Berzina}, {@code Moldova's President Ion Rusu},
 * {@code CSTO Secretary General …}, {@code the Russian president, …}, run-on lists without commas) or after it
 * ({@code Rusu, the Moldovan president}) — then resolves later mentions by surname alone to the full person, keeping
 * two people who share a surname apart.
 */
public final class PersonFinder {

	private static final Pattern NAME_WORD = Pattern
		.compile("\\p{Lu}[\\p{Ll}\\p{M}]+(?:-\\p{Lu}[\\p{Ll}\\p{M}]+|['’]\\p{Lu}[\\p{Ll}\\p{M}]+)*|\\p{Lu}\\.");

	private static final Pattern OF_THE = Pattern.compile("\\G\\s+of\\s+(?:the\\s+)?");

	private static final Pattern OF_BODY_OF = Pattern
		.compile("\\G\\s+of\\s+(?:the\\s+)?\\p{Lu}[^,.;:()\\n]{0,60}?(?:\\s*\\([^)]{0,40}\\))?\\s+of\\s+(?:the\\s+)?");

	private static final Pattern COMMA_GAP = Pattern.compile("\\G[ \\t]*,?[ \\t]*");

	/** {@code Russian Foreign Ministry spokeswoman …}: a body of government between the country and the title. */
	private static final Pattern GOVERNMENT_BODY = Pattern.compile("(?:\\p{Lu}\\p{L}+\\s+)?(?:Ministry|Department|Office|"
			+ "Parliament|Government|Administration|Embassy|Mission)\\s+$");

	/** {@code Moldova's new president}: a word between the country and the title that changes nothing. */
	private static final Pattern NEW = Pattern.compile("\\b(?:new|newly elected|newly appointed)$");

	/** {@code the alliance's secretary general}: the title is held in the organization the article is about. */
	private static final Pattern ORGANIZATION_POSSESSIVE = Pattern
		.compile("(?i)(?:\\bthe\\s+)?\\b(?:alliance|bloc|organi[sz]ation|grouping|pact)['’]s$");

	/** {@code Armenia was represented by Rusu, the country's acting prime minister}. */
	private static final Pattern COUNTRY_POSSESSIVE = Pattern
		.compile("(?i)\\bthe\\s+(?:country|nation|republic|state|kingdom)['’]s$");

	/** {@code Moldova, whose president, Ion Rusu, …}. */
	private static final Pattern WHOSE = Pattern.compile(",\\s+whose$");

	private static final Pattern AS = Pattern.compile("\\bas\\s+(?:the\\s+)?$");

	private static final Pattern INITIAL = Pattern.compile("(?:\\p{Lu}\\.\\s?)+");

	/** {@code the presidents of Moldova and Latvia, Ion Rusu and Anna Berzina, respectively}. */
	private static final Pattern RESPECTIVELY = Pattern.compile("\\b(\\p{L}+(?:\\s+\\p{L}+)?)s\\s+of\\s+(?:the\\s+)?"
			+ "([^,;.()]+?(?:,\\s+[^,;.()]+?)*?),\\s+([^;()]+?),?\\s+respectively\\b");

	private static final Pattern LIST_SEPARATOR = Pattern.compile(",\\s+(?:and\\s+)?|\\s+and\\s+");

	private static final Pattern HONORIFIC = Pattern.compile("\\b(?:Mr|Mrs|Ms|Dr)\\.?\\s+(?=\\p{Lu})");

	private static final Set<String> STOP_WORDS = Set.of("The", "A", "An", "And", "Or", "But", "In", "On", "At", "Of",
			"For", "With", "By", "From", "To", "He", "She", "It", "They", "We", "His", "Her", "Its", "Their", "This",
			"That", "These", "Those", "As", "After", "Before", "During", "While", "When", "Who", "Whose", "Which",
			"Mr", "Mrs", "Ms", "Dr", "Both", "All", "Some", "According", "However", "Also");

	private static final int MAX_NAME_WORDS = 4;

	/** Spelling variants of a name part ({@code Ivanov}, {@code Ivanow}): one edit or a swap of neighbours apart. */
	private static final DamerauLevenshteinDistance ONE_EDIT = new DamerauLevenshteinDistance(1);

	/** A title phrase: the title with the country or organization it is held for, as written around it. */
	private record TitlePhrase(Title title, Span span, String country, String organization, boolean lowerCase,
			boolean qualified) {
	}

	/** A name found with what the text says about it there. */
	private record NameMention(Span span, String name, List<TitlePhrase> titles, boolean introduces, String country) {

		NameMention(Span span, String name, List<TitlePhrase> titles, boolean introduces) {
			this(span, name, titles, introduces, null);
		}

	}

	private final ReferenceData reference;

	public PersonFinder(ReferenceData reference) {
		this.reference = reference;
	}

	public People find(Layout layout, Mentions mentions) {
		String text = layout.readable();
		List<NameMention> named = new ArrayList<>();
		List<TitleMention> titles = mentions.titles()
			.stream()
			.filter(t -> !layout.insideQuote(t.span()) && !inTitleCaseLine(layout, t.span()))
			.sorted(Comparator.comparing(TitleMention::span))
			.toList();
		List<TitlePhrase> chain = new ArrayList<>();
		for (TitleMention title : titles) {
			if (chain.stream().anyMatch(p -> p.span().contains(title.span()))) {
				continue;
			}
			TitlePhrase phrase = phrase(layout, mentions, title);
			Matcher gap = COMMA_GAP.matcher(text).region(phrase.span().end(), text.length());
			int after = gap.lookingAt() ? gap.end() : phrase.span().end();
			Optional<TitleMention> next = mentions.titleAt(after);
			if (next.isPresent() && !phrase.lowerCase() && text.substring(phrase.span().end(), after).contains(",")) {
				chain.add(phrase);
				continue;
			}
			Span name = nameAt(text, mentions, after);
			boolean acceptable = name != null && (!phrase.lowerCase() || phrase.qualified()
					|| text.regionMatches(true, Math.max(0, phrase.span().start() - 4), "the ", 0, 4));
			List<TitlePhrase> held = new ArrayList<>(chain);
			held.add(phrase);
			chain.clear();
			if (acceptable) {
				List<TitlePhrase> titlesHeld = withCountryAfterName(text, mentions, name, held);
				named.add(new NameMention(name, name.of(text), counterpartResolved(layout, named, titlesHeld, name),
						true));
				continue;
			}
			Optional<Span> holder = appositiveName(text, mentions, phrase)
				.or(() -> subjectServingAs(layout, mentions, phrase));
			holder.ifPresent(before -> named.add(new NameMention(before, before.of(text), List.of(phrase), false)));
		}
		for (Turn turn : layout.turns()) {
			if (named.stream().noneMatch(m -> turn.label().contains(m.span()))) {
				speakerNamed(text, mentions, turn.label()).ifPresent(name -> named.add(new NameMention(name,
						name.of(text), List.of(), name.of(text).contains(" "))));
			}
		}
		for (CountryMention country : mentions.countries()) {
			int after = country.span().end();
			if (!country.demonym() && (text.startsWith("'s ", after) || text.startsWith("’s ", after))
					&& layout.carriesFacts(after) && !layout.insideQuote(country.span())
					&& !inTitleCaseLine(layout, country.span())) {
				Span name = nameAt(text, mentions, after + 3);
				if (name != null && name.of(text).contains(" ")) {
					named.add(new NameMention(name, name.of(text), List.of(), true, country.code()));
				}
			}
		}
		named.addAll(respectively(layout, mentions, named));
		Matcher honorific = HONORIFIC.matcher(text);
		while (honorific.find()) {
			Span name = nameAt(text, mentions, honorific.end());
			if (name != null && layout.carriesFacts(name.start()) && !layout.insideQuote(name)) {
				named.add(new NameMention(name, name.of(text), List.of(), true));
			}
		}
		named.sort(Comparator.comparing(NameMention::span));
		return resolve(layout, mentions, named);
	}

	/**
	 * {@code the presidents of Moldova and Latvia, Ion Rusu and Anna Berzina, respectively}: each name takes the title
	 * with the country standing at the same place in the list of countries; lists of different lengths give nothing.
	 */
	private List<NameMention> respectively(Layout layout, Mentions mentions, List<NameMention> named) {
		String text = layout.readable();
		List<NameMention> found = new ArrayList<>();
		Matcher list = RESPECTIVELY.matcher(text);
		while (list.find()) {
			String word = list.group(1).replaceFirst("^(?i:the)\\s+", "");
			Optional<Title> title = reference.titles()
				.stream()
				.filter(t -> t.forms().contains(word) && t.kind() == TitleKind.STATE)
				.findFirst();
			List<CountryMention> countries = mentions.countries()
				.stream()
				.filter(c -> !c.demonym() && c.span().start() >= list.start(2) && c.span().end() <= list.end(2))
				.toList();
			List<Span> names = new ArrayList<>();
			int at = list.start(3);
			for (String part : LIST_SEPARATOR.split(list.group(3))) {
				at = text.indexOf(part, at);
				Span name = nameAt(text, mentions, at);
				if (name == null || name.length() != part.length()) {
					names.clear();
					break;
				}
				names.add(name);
				at = name.end();
			}
			if (title.isEmpty() || names.size() < 2 || names.size() != countries.size()
					|| !layout.carriesFacts(list.start()) || layout.insideQuote(new Span(list.start(), list.end()))) {
				continue;
			}
			Span titleSpan = new Span(list.end(1) - word.length(), list.end(1) + 1);
			for (int i = 0; i < names.size(); i++) {
				Span name = names.get(i);
				if (named.stream().noneMatch(m -> m.span().overlaps(name))) {
					TitlePhrase phrase = new TitlePhrase(title.get(), titleSpan, countries.get(i).code(), null,
							Character.isLowerCase(word.charAt(0)), true);
					found.add(new NameMention(name, name.of(text), List.of(phrase), true));
				}
			}
		}
		return found;
	}

	/**
	 * Headlines and headings capitalize every word, so a name after a title there cannot be told from the words
	 * that follow it; people are introduced by the body, and named in headlines by surname.
	 */
	private static boolean inTitleCaseLine(Layout layout, Span span) {
		return layout.blocks()
			.stream()
			.anyMatch(b -> b.span().contains(span) && (b.kind() == Block.Kind.TITLE || b.kind() == Block.Kind.HEADING));
	}

	/** {@code the country's president} in a sentence about Moldova: the last state the sentence named before. */
	private static String countryNamedBefore(Layout layout, Mentions mentions, int offset) {
		int sentenceStart = layout.sentenceAt(offset).map(s -> s.span().start()).orElse(offset);
		return mentions.countries()
			.stream()
			.filter(c -> !c.demonym() && c.span().start() >= sentenceStart && c.span().end() <= offset)
			.filter(c -> !layout.insideQuote(c.span()))
			.reduce((first, second) -> second)
			.map(CountryMention::code)
			.orElse(null);
	}

	private TitlePhrase phrase(Layout layout, Mentions mentions, TitleMention title) {
		String text = layout.readable();
		int start = title.span().start();
		int end = title.span().end();
		String country = null;
		String organization = null;
		int before = skipSpacesBack(text, start);
		Matcher adjective = NEW.matcher(text.substring(Math.max(0, before - 20), before));
		if (adjective.find()) {
			before = skipSpacesBack(text, before - adjective.group().length());
		}
		String seat = institutionEndingAt(text, before);
		Matcher governmentBody = GOVERNMENT_BODY.matcher(text.substring(Math.max(0, start - 60), start));
		if (seat == null && governmentBody.find()) {
			before = skipSpacesBack(text, start - governmentBody.group().length());
		}
		int possessive = text.startsWith("'s", before - 2) || text.startsWith("’s", before - 2) ? before - 2 : -1;
		Optional<CountryMention> prefix = possessive > 0 ? mentions.countryEndingAt(possessive)
				: mentions.countryEndingAt(before);
		Optional<OrganizationMention> orgPrefix = mentions.organizationEndingAt(before);
		if (prefix.isPresent()) {
			country = prefix.get().code();
			start = prefix.get().span().start();
		}
		else if (seat != null) {
			country = reference.institutions().get(seat);
			start = before - seat.length();
		}
		else if (orgPrefix.isPresent() && possessive < 0) {
			organization = orgPrefix.get().acronym();
			start = orgPrefix.get().span().start();
		}
		else {
			String lead = text.substring(Math.max(0, before - 40), before);
			Matcher ofOrganization = ORGANIZATION_POSSESSIVE.matcher(lead);
			Matcher ofCountry = COUNTRY_POSSESSIVE.matcher(lead);
			Matcher whose = WHOSE.matcher(lead);
			if (ofOrganization.find() && mentions.mainOrganization() != null) {
				organization = mentions.mainOrganization();
				start = before - lead.length() + ofOrganization.start();
			}
			else if (ofCountry.find()) {
				start = before - lead.length() + ofCountry.start();
				country = countryNamedBefore(layout, mentions, start);
			}
			else if (whose.find()) {
				int comma = skipSpacesBack(text, before - lead.length() + whose.start());
				country = mentions.countryEndingAt(comma).filter(c -> !c.demonym()).map(CountryMention::code)
					.orElse(null);
				start = before - lead.length() + whose.start();
			}
		}
		Matcher of = OF_THE.matcher(text).region(end, text.length());
		if (of.lookingAt()) {
			Optional<CountryMention> ofCountry = mentions.countryAt(of.end()).filter(c -> !c.demonym());
			Optional<OrganizationMention> ofOrganization = mentions.organizationAt(of.end());
			if (ofCountry.isPresent()) {
				country = ofCountry.get().code();
				end = ofCountry.get().span().end();
			}
			else if (ofOrganization.isPresent()) {
				organization = ofOrganization.get().acronym();
				end = ofOrganization.get().span().end();
			}
			else {
				Matcher body = OF_BODY_OF.matcher(text).region(end, text.length());
				if (body.lookingAt()) {
					Optional<CountryMention> bodyCountry = mentions.countryAt(body.end()).filter(c -> !c.demonym());
					if (bodyCountry.isPresent()) {
						country = bodyCountry.get().code();
						end = bodyCountry.get().span().end();
					}
				}
			}
		}
		boolean lowerCase = Character.isLowerCase(text.charAt(title.span().start()));
		return new TitlePhrase(title.title(), new Span(start, end), country, organization, lowerCase,
				country != null || organization != null);
	}

	/**
	 * {@code Rusu and his Latvian counterpart Anna Berzina}: a counterpart holds the title of the person
	 * named before it in the sentence.
	 */
	private static List<TitlePhrase> counterpartResolved(Layout layout, List<NameMention> named,
			List<TitlePhrase> titles, Span name) {
		Optional<Sentence> sentence = layout.sentenceAt(name.start());
		Optional<TitlePhrase> other = named.stream()
			.filter(m -> sentence.isPresent() && sentence.get().span().contains(m.span()) && !m.titles().isEmpty())
			.reduce((first, second) -> second)
			.map(m -> m.titles().get(m.titles().size() - 1));
		return titles.stream()
			.map(t -> t.title().relative() && other.isPresent() ? new TitlePhrase(other.get().title(), t.span(),
					t.country(), t.organization(), t.lowerCase(), t.qualified()) : t)
			.toList();
	}

	/** {@code Kremlin spokesman …}: the seat of government written right before a title, or null. */
	private String institutionEndingAt(String text, int offset) {
		for (String seat : reference.institutions().keySet()) {
			int start = offset - seat.length();
			if (start >= 0 && text.startsWith(seat, start)
					&& (start == 0 || !Character.isLetter(text.charAt(start - 1)))) {
				return seat;
			}
		}
		return null;
	}

	/** {@code President Ion Rusu of Moldova}: the country after the name holds for its titles. */
	private static List<TitlePhrase> withCountryAfterName(String text, Mentions mentions, Span name,
			List<TitlePhrase> titles) {
		Matcher of = OF_THE.matcher(text).region(name.end(), text.length());
		if (!of.lookingAt()) {
			return titles;
		}
		Optional<CountryMention> country = mentions.countryAt(of.end()).filter(c -> !c.demonym());
		if (country.isEmpty()) {
			return titles;
		}
		return titles.stream()
			.map(t -> t.country() == null && t.title().kind() == TitleKind.STATE ? new TitlePhrase(t.title(), t.span(),
					country.get().code(), t.organization(), t.lowerCase(), true) : t)
			.toList();
	}

	/**
	 * {@code Ion Rusu, a general who was Berg's deputy, is running the secretariat as acting secretary general}: an
	 * office of the organization taken on {@code as} goes to the person the sentence opens with.
	 */
	private static Optional<Span> subjectServingAs(Layout layout, Mentions mentions, TitlePhrase phrase) {
		String text = layout.text();
		if (phrase.title().kind() != TitleKind.ORGANIZATION
				|| !AS.matcher(text.substring(Math.max(0, phrase.span().start() - 8), phrase.span().start())).find()) {
			return Optional.empty();
		}
		return layout.sentenceAt(phrase.span().start())
			.map(sentence -> nameAt(text, mentions, sentence.span().start()))
			.filter(name -> name.of(text).contains(" ") && !Initials.written(name.of(text))
					&& (text.startsWith(",", name.end()) || text.startsWith(" ", name.end())
							&& Character.isLowerCase(text.charAt(Math.min(text.length() - 1, name.end() + 1)))));
	}

	/** The name a transcript label ends with ({@code President of Moldova Ion Rusu}, {@code I. Rusu}, {@code Rusu}). */
	private static Optional<Span> speakerNamed(String text, Mentions mentions, Span label) {
		for (int at = label.start(); at < label.end(); at++) {
			if (at == label.start() || text.charAt(at - 1) == ' ') {
				Span name = nameAt(text, mentions, at);
				if (name != null && name.end() == label.end()) {
					return Optional.of(name);
				}
			}
		}
		return Optional.empty();
	}

	/** {@code Anna Berzina, Speaker of …} and {@code Rusu, the Moldovan president,}: the name before the title. */
	private Optional<Span> appositiveName(String text, Mentions mentions, TitlePhrase phrase) {
		int at = phrase.span().start();
		if (text.startsWith("the ", at - 4)) {
			at -= 4;
		}
		at = skipSpacesBack(text, at);
		if (at < 2 || text.charAt(at - 1) != ',') {
			return Optional.empty();
		}
		int nameEnd = skipSpacesBack(text, at - 1);
		int nameStart = nameEnd;
		int words = 0;
		while (words < MAX_NAME_WORDS) {
			int wordStart = nameStart;
			while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
				wordStart--;
			}
			String word = text.substring(wordStart, nameStart);
			if (!NAME_WORD.matcher(word).matches() || STOP_WORDS.contains(word)
					|| mentions.isNamedThing(new Span(wordStart, nameStart))) {
				break;
			}
			nameStart = wordStart;
			words++;
			if (nameStart == 0 || text.charAt(nameStart - 1) != ' ') {
				break;
			}
			nameStart--;
		}
		while (nameStart < nameEnd && Character.isWhitespace(text.charAt(nameStart))) {
			nameStart++;
		}
		return words == 0 ? Optional.empty() : Optional.of(new Span(nameStart, nameEnd));
	}

	/**
	 * The capitalized words of a name starting at {@code offset}, stopping at anything that is not a name; initials
	 * with a surname ({@code I.V. Rusu}) are a name, initials alone never.
	 */
	private static Span nameAt(String text, Mentions mentions, int offset) {
		Span withInitials = Initials.at(text, offset);
		if (withInitials != null) {
			return mentions.isNamedThing(withInitials) ? null : withInitials;
		}
		int end = offset;
		int words = 0;
		Matcher word = NAME_WORD.matcher(text);
		int at = offset;
		while (words < MAX_NAME_WORDS && at < text.length() && word.region(at, text.length()).lookingAt()) {
			Span span = new Span(word.start(), word.end());
			if (STOP_WORDS.contains(word.group()) || mentions.isNamedThing(span)) {
				break;
			}
			end = word.end();
			words++;
			if (end < text.length() && text.charAt(end) == ' ') {
				at = end + 1;
			}
			else {
				break;
			}
		}
		if (words == 0 || INITIAL.matcher(text.substring(offset, end)).matches()) {
			return null;
		}
		return new Span(offset, end);
	}

	private static int skipSpacesBack(String text, int offset) {
		while (offset > 0 && text.charAt(offset - 1) == ' ') {
			offset--;
		}
		return offset;
	}

	private People resolve(Layout layout, Mentions mentions, List<NameMention> written) {
		List<String> fullNames = written.stream().map(NameMention::name).filter(n -> n.contains(" ")).toList();
		List<NameMention> named = written.stream()
			.map(m -> Initials.written(m.name()) ? Initials.fullName(m.name(), fullNames, layout.text())
				.map(full -> new NameMention(m.span(), full, m.titles(), m.introduces(), m.country()))
				.orElse(m) : m)
			.toList();
		List<Builder> builders = new ArrayList<>();
		List<Reference> references = new ArrayList<>();
		for (NameMention mention : named) {
			if (mention.name().contains(" ")) {
				Builder builder = builders.stream().filter(b -> b.sameName(mention.name())).findFirst().orElse(null);
				if (builder == null) {
					builder = new Builder(mention.name());
					builders.add(builder);
				}
				builder.add(mention, layout, mentions);
			}
		}
		for (NameMention mention : named) {
			if (!mention.name().contains(" ")) {
				List<Builder> bySurname = builders.stream().filter(b -> b.hasSurname(mention.name())).toList();
				Builder builder = bySurname.isEmpty() ? null : nearest(bySurname, mention.span().start());
				if (builder == null && !mention.introduces()) {
					continue;
				}
				if (builder == null) {
					builder = new Builder(mention.name());
					builders.add(builder);
				}
				builder.add(mention, layout, mentions);
			}
		}
		for (int i = 0; i < builders.size(); i++) {
			for (Span span : builders.get(i).spans) {
				references.add(new Reference(span, i));
			}
		}
		addSurnameReferences(layout, builders, references);
		references.sort(Comparator.comparing(Reference::span));
		List<Person> persons = builders.stream().map(b -> b.build(mentions.mainOrganization())).toList();
		return new People(persons, references);
	}

	private static Builder nearest(List<Builder> candidates, int offset) {
		Builder best = null;
		int bestBefore = -1;
		for (Builder candidate : candidates) {
			int before = candidate.spans.stream().mapToInt(Span::start).filter(s -> s < offset).max().orElse(-1);
			if (before > bestBefore) {
				bestBefore = before;
				best = candidate;
			}
		}
		return best != null ? best : candidates.get(0);
	}

	private static void addSurnameReferences(Layout layout, List<Builder> builders, List<Reference> references) {
		String text = layout.text();
		Matcher word = NAME_WORD.matcher(text);
		while (word.find()) {
			Span span = new Span(word.start(), word.end());
			if (!layout.carriesFacts(span.start())
					|| references.stream().anyMatch(r -> r.span().overlaps(span))) {
				continue;
			}
			List<Builder> owners = builders.stream().filter(b -> b.hasSurname(word.group())).toList();
			if (owners.isEmpty()) {
				continue;
			}
			Builder owner = owners.size() == 1 ? owners.get(0) : nearestByReferences(owners, builders, references,
					span.start());
			owner.aliases.add(word.group());
			references.add(new Reference(span, builders.indexOf(owner)));
		}
	}

	private static Builder nearestByReferences(List<Builder> owners, List<Builder> builders,
			List<Reference> references, int offset) {
		Builder best = null;
		int bestStart = -1;
		for (Reference reference : references) {
			Builder candidate = builders.get(reference.person());
			if (owners.contains(candidate) && reference.span().start() < offset
					&& reference.span().start() > bestStart) {
				bestStart = reference.span().start();
				best = candidate;
			}
		}
		return best != null ? best : owners.get(0);
	}

	/** Gathers what every mention of one person says. */
	private static final class Builder {

		private String name;

		private final List<Span> spans = new ArrayList<>();

		private final Set<String> aliases = new LinkedHashSet<>();

		private final Set<String> roles = new LinkedHashSet<>();

		private Title title;

		private String country;

		private String organization;

		private String contextCountry;

		Builder(String name) {
			this.name = name;
		}

		boolean sameName(String other) {
			String[] a = name.split(" ");
			String[] b = other.split(" ");
			if (a.length != b.length) {
				return false;
			}
			for (int i = 0; i < a.length; i++) {
				boolean close = a[i].length() >= 4 && b[i].length() >= 4 && ONE_EDIT.apply(a[i], b[i]) >= 0;
				if (!a[i].equals(b[i]) && !close) {
					return false;
				}
			}
			return true;
		}

		boolean hasSurname(String word) {
			String surname = surname();
			return surname.equals(word) || surname.length() >= 6 && word.length() >= 6
					&& surname.charAt(0) == word.charAt(0) && ONE_EDIT.apply(surname, word) >= 0;
		}

		String surname() {
			String[] words = name.split(" ");
			return words[words.length - 1];
		}

		void add(NameMention mention, Layout layout, Mentions mentions) {
			spans.add(mention.span());
			aliases.add(mention.span().of(layout.text()));
			if (country == null && mention.country() != null) {
				country = mention.country();
			}
			if (mention.name().split(" ").length > name.split(" ").length) {
				name = mention.name();
			}
			TitlePhrase main = mainTitle(mention.titles());
			for (TitlePhrase phrase : mention.titles()) {
				roles.add(phrase.title().name());
				if (phrase.country() != null && country == null) {
					country = phrase.country();
				}
				if (phrase.organization() != null && organization == null
						&& (phrase.title().kind() == TitleKind.ORGANIZATION || phrase == main)) {
					organization = phrase.organization();
				}
			}
			if (main != null && (title == null || title.generic() && !main.title().generic())) {
				title = main.title();
			}
			if (contextCountry == null && main != null) {
				contextCountry = precedingCountry(layout, mentions, main.span().start());
			}
		}

		/**
		 * The title a run of titles before one name gives as the person's office: the last, unless one of them leads
		 * a named state ({@code the President of the Republic of Moldova, Chairman of the Council Ion Rusu}): the
		 * chair of a body is then a function held at the meeting.
		 */
		private static TitlePhrase mainTitle(List<TitlePhrase> titles) {
			if (titles.isEmpty()) {
				return null;
			}
			return titles.stream()
				.filter(t -> t.title().head() && !t.title().generic() && t.country() != null)
				.reduce((first, second) -> second)
				.orElse(titles.get(titles.size() - 1));
		}

		/** The nearest country named earlier in the same sentence, outside any title phrase. */
		private static String precedingCountry(Layout layout, Mentions mentions, int offset) {
			Optional<Sentence> sentence = layout.sentenceAt(offset);
			if (sentence.isEmpty()) {
				return null;
			}
			return mentions.countries()
				.stream()
				.filter(c -> c.span().start() >= sentence.get().span().start() && c.span().end() <= offset)
				.filter(c -> !layout.insideQuote(c.span()))
				.filter(c -> !isTitleModifier(layout.text(), mentions, c))
				.reduce((first, second) -> second)
				.map(CountryMention::code)
				.orElse(null);
		}

		private static boolean isTitleModifier(String text, Mentions mentions, CountryMention country) {
			int after = country.span().end();
			if (text.startsWith("'s ", after) || text.startsWith("’s ", after)) {
				after += 3;
			}
			else if (text.startsWith(" ", after)) {
				after += 1;
			}
			int before = country.span().start();
			boolean ofTitle = mentions.titles()
				.stream()
				.anyMatch(t -> t.span().end() < before && text.substring(t.span().end(), before).matches(
						"\\s+of\\s+(?:the\\s+)?"));
			return mentions.titleAt(after).isPresent() || ofTitle;
		}

		Person build(String mainOrganization) {
			String servedCountry = country;
			String servedOrganization = organization;
			if (title != null && title.kind() == TitleKind.STATE && servedCountry == null) {
				servedCountry = contextCountry;
			}
			if (title == null || title.kind() != TitleKind.ORGANIZATION) {
				servedOrganization = null;
			}
			else if (servedOrganization == null) {
				servedOrganization = mainOrganization;
			}
			aliases.add(name);
			return new Person(name, title, servedCountry, servedOrganization, List.copyOf(roles),
					List.copyOf(aliases));
		}

	}

}

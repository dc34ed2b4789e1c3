package org.cstofacts.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cstofacts.extraction.ArticleFacts.Speaker;
import org.cstofacts.extraction.ArticleFacts.SpeakerType;
import org.cstofacts.extraction.ArticleFacts.StatementFact;
import org.cstofacts.extraction.ArticleFacts.StatementKind;
import org.cstofacts.extraction.Mentions.CountryMention;
import org.cstofacts.extraction.Mentions.TitleMention;
import org.cstofacts.extraction.People.Person;

/**
 * Stage 4c: attributes every quoted passage to its speaker — a person, the organization or one of its organs, the
 * member states as a group, or a country — whether the attribution comes after the quote
 * ({@code "…," Rusu said}), before it ({@code Berzina said that "…"}, {@code According to Berg, "…"}), or in
 * the middle of a quote split in two; and reads each turn of a transcript as its speaker's words. Names of
 * documents and organizations in quote marks ({@code the decision «On the budget …»}, {@code the organization
 * «Islamic State»}) — but not words in lower case after them ({@code backed the declaration "without
 * reservations"}) —, quotes within a transcript turn, and quote marks
 * in a headline that no person says are no statements of their own.
 */
public final class StatementReader {

	private enum Rank {
		PERSON, PRONOUN, ORGANIZATION, COUNTRY
	}

	private record Candidate(Span span, Speaker speaker, Rank rank) {
	}

	private static final Pattern PRONOUN = Pattern.compile("\\b(?:[Hh]e|[Ss]he)\\b");

	private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\b(?:according to|in the (?:view|words) of)\\s+");

	private static final Pattern LEADING_PUNCTUATION = Pattern.compile("\\G[\\s,.!?;:—–\\-]*");

	/** {@code … that}, after the verb and at most a short object ({@code told his counterparts that}). */
	private static final Pattern THAT_CLAUSE = Pattern.compile("\\G(?:\\s+[\\p{L}’'-]+){0,3}?\\s+that\\s+");

	private static final Pattern OF_THE = Pattern.compile("\\G\\s+of\\s+(?:the\\s+)?");

	private static final int ATTRIBUTION_REACH = 80;

	private final Pattern reportingVerbAhead;

	private final Pattern reportingVerbHere;

	private final Pattern groupSpeaker;

	private final Pattern titleWords;

	private final Pattern documentBefore;

	private final Pattern documentAfter;

	private static final int MAX_NAME_WORDS = 6;

	public StatementReader(ReferenceData reference) {
		String verbs = reference.reportingVerbs()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		this.reportingVerbAhead = Pattern.compile("\\G(?:\\s*,[^,;:“”\"]{1,100},)?\\s*,?\\s*(?:\\p{Ll}+ly\\s+|also\\s+|then\\s+"
				+ "|later\\s+|has\\s+|had\\s+|have\\s+|was\\s+|were\\s+|is\\s+|further\\s+|once again\\s+)?(?:" + verbs
				+ ")\\b");
		this.reportingVerbHere = Pattern.compile("\\G(?:" + verbs + ")\\s+");
		String groups = reference.groupSpeakers()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		String words = reference.titles()
			.stream()
			.flatMap(t -> t.forms().stream())
			.flatMap(form -> Arrays.stream(form.toLowerCase(Locale.ROOT).split("[\\s-]+")))
			.distinct()
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		this.titleWords = Pattern.compile("(?:\\s|,|\\bthe\\b|\\bof\\b|\\p{Lu}[\\p{L}'’\\-]*|(?i:\\b(?:" + words
				+ ")\\b))*");
		String documents = reference.documentWords()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		this.documentBefore = Pattern.compile("(?i)\\b(?:" + documents + ")(?-i)(?:\\s+(?:of|on|for|by|the|and|in|"
				+ "heads?|member|states?|\\p{Lu}[\\p{L}\\-]*))*\\s*$");
		this.documentAfter = Pattern.compile("(?i)\\G[\\s,]*(?:" + documents + ")\\b");
		this.groupSpeaker = Pattern.compile("(?i)\\b(?:the|its|their|all|both)\\s+(?:\\p{L}+\\s+)?(?:" + groups
				+ ")\\b");
	}

	public List<StatementFact> read(Layout layout, Mentions mentions, People people) {
		List<Candidate> candidates = candidates(layout, mentions, people);
		List<StatementFact> statements = new ArrayList<>();
		Speaker previous = null;
		int previousBlock = -1;
		for (Quote quote : layout.quotes()) {
			if (!isSomebodysWords(layout, quote)) {
				continue;
			}
			Speaker speaker = attribute(layout, candidates, people, quote);
			if (inHeadline(layout, quote) && (speaker == null || speaker.type() != SpeakerType.PERSON)) {
				continue;
			}
			if (speaker == null && quote.block() == previousBlock) {
				speaker = previous;
			}
			if (speaker == null) {
				speaker = introducedByColon(layout, candidates, people, quote);
			}
			statements.add(new StatementFact(layout.textOf(quote.inner()), StatementKind.QUOTE, speaker,
					layout.headingAt(quote.outer().start()), quote.inner()));
			previous = speaker;
			previousBlock = quote.block();
		}
		statements.addAll(turns(layout, candidates));
		statements.addAll(reported(layout, candidates, people));
		statements.sort(Comparator.comparing(StatementFact::span));
		return List.copyOf(statements);
	}

	/**
	 * A transcript turn is one statement already; and a
	 * quotation right after the word for a document ({@code the Statement of the heads of state «On …»}), or a short
	 * one right before it ({@code the "Shield-2019" exercise}), is its name.
	 */
	private boolean isSomebodysWords(Layout layout, Quote quote) {
		String text = layout.text();
		if (layout.turnHolding(quote.outer()).isPresent()) {
			return false;
		}
		int sentenceStart = layout.sentenceAt(quote.outer().start()).map(s -> s.span().start())
			.orElse(layout.blocks().get(quote.block()).span().start());
		String before = text.substring(Math.max(sentenceStart, quote.outer().start() - 100), quote.outer().start());
		String words = layout.textOf(quote.inner());
		if (documentBefore.matcher(before).find() && !Character.isLowerCase(words.charAt(0))) {
			return false;
		}
		boolean shortName = words.split("\\s+").length <= MAX_NAME_WORDS && !words.matches(".*[.!?,;:]$");
		return !(shortName && documentAfter.matcher(text).region(quote.outer().end(), text.length()).lookingAt());
	}

	/** A headline sets words in quote marks for a person's words, or as a word set apart that nobody said. */
	private static boolean inHeadline(Layout layout, Quote quote) {
		return layout.blocks().get(quote.block()).kind() == Block.Kind.TITLE;
	}

	/** Each turn of a transcript whose label names a person: the speech, without stage notes, as a quote. */
	private static List<StatementFact> turns(Layout layout, List<Candidate> candidates) {
		List<StatementFact> statements = new ArrayList<>();
		for (Turn turn : layout.turns()) {
			candidates.stream()
				.filter(c -> c.rank() == Rank.PERSON && turn.label().contains(c.span()))
				.reduce((first, second) -> second)
				.ifPresent(speaker -> statements.add(new StatementFact(turn.words(), StatementKind.QUOTE,
						speaker.speaker(), layout.headingAt(turn.speech().start()), turn.speech())));
		}
		return statements;
	}

	/**
	 * Reported speech in sentences without quote marks: {@code Rusu expressed hope that …},
	 * {@code Berzina told the leaders that …}, {@code According to Berg, …}. The span covers the reported clause.
	 */
	private List<StatementFact> reported(Layout layout, List<Candidate> candidates, People people) {
		String text = layout.text();
		List<StatementFact> reported = new ArrayList<>();
		for (Sentence sentence : layout.sentences()) {
			Span span = sentence.span();
			boolean paragraph = layout.blocks().get(sentence.block()).kind() == Block.Kind.PARAGRAPH;
			if (!paragraph || layout.quotes().stream().anyMatch(q -> q.outer().overlaps(span))
					|| layout.turns().stream().anyMatch(t -> t.speech().overlaps(span))) {
				continue;
			}
			Optional<StatementFact> statement = reportedClause(layout, candidates, people, span);
			statement.ifPresent(reported::add);
		}
		return reported;
	}

	private Optional<StatementFact> reportedClause(Layout layout, List<Candidate> candidates, People people,
			Span sentence) {
		String text = layout.text();
		Matcher according = ACCORDING_TO.matcher(text).region(sentence.start(), sentence.end());
		if (according.lookingAt()) {
			int comma = text.indexOf(',', according.end());
			Optional<Candidate> source = comma < 0 || comma >= sentence.end() ? Optional.empty()
					: best(candidates.stream()
						.filter(c -> c.span().start() >= according.end() && c.span().end() <= comma)
						.toList());
			if (source.isPresent()) {
				return clause(layout, resolve(source.get(), candidates, people), comma + 1, sentence.end());
			}
		}
		for (Candidate candidate : candidates) {
			if (!sentence.contains(candidate.span()) || candidate.rank() == Rank.COUNTRY) {
				continue;
			}
			Matcher verb = reportingVerbAhead.matcher(text).region(candidate.span().end(), sentence.end());
			if (!verb.lookingAt()) {
				continue;
			}
			Matcher that = THAT_CLAUSE.matcher(text).region(verb.end(), sentence.end());
			if (that.lookingAt()) {
				return clause(layout, resolve(candidate, candidates, people), that.end(), sentence.end());
			}
		}
		return Optional.empty();
	}

	private static Optional<StatementFact> clause(Layout layout, Speaker speaker, int from, int to) {
		String text = layout.text();
		int end = to;
		while (end > from && ".!?".indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		Span span = BlockReader.trim(text, from, end);
		if (speaker == null || span.length() < 12) {
			return Optional.empty();
		}
		return Optional.of(new StatementFact(span.of(text), StatementKind.REPORTED, speaker,
				layout.headingAt(from), span));
	}

	/** {@code Rusu put it plainly:} ending the paragraph before a paragraph that is a quotation. */
	private Speaker introducedByColon(Layout layout, List<Candidate> candidates, People people, Quote quote) {
		if (quote.block() == 0 || layout.blocks().get(quote.block() - 1).kind() != Block.Kind.PARAGRAPH) {
			return null;
		}
		Span previous = layout.blocks().get(quote.block() - 1).span();
		String text = layout.text();
		if (text.charAt(previous.end() - 1) != ':') {
			return null;
		}
		Span lastSentence = layout.sentenceAt(previous.end() - 1).map(Sentence::span).orElse(previous);
		return attributionBefore(text, candidates, people, lastSentence.start(), lastSentence.end());
	}

	private Speaker attribute(Layout layout, List<Candidate> candidates, People people, Quote quote) {
		String text = layout.text();
		Span sentence = layout.sentenceAt(quote.outer().start()).map(Sentence::span).orElse(quote.outer());
		int afterEnd = layout.quotes()
			.stream()
			.map(q -> q.outer().start())
			.filter(start -> start >= quote.outer().end())
			.min(Integer::compare)
			.map(start -> Math.min(start, sentenceEnd(layout, quote)))
			.orElse(sentenceEnd(layout, quote));
		Speaker after = attributionAfter(text, candidates, people, quote.outer().end(), afterEnd);
		if (after != null) {
			return after;
		}
		int beforeStart = layout.quotes()
			.stream()
			.map(q -> q.outer().end())
			.filter(end -> end <= quote.outer().start() && end > sentence.start())
			.max(Integer::compare)
			.orElse(sentence.start());
		return attributionBefore(text, candidates, people, beforeStart, quote.outer().start());
	}

	private static int sentenceEnd(Layout layout, Quote quote) {
		return layout.sentenceAt(Math.max(quote.outer().end() - 1, quote.outer().start()))
			.map(s -> s.span().end())
			.orElse(quote.outer().end());
	}

	/** {@code "…," Rusu said}, {@code "…," said Berzina}, {@code "…," the Head of State of Moldova stressed}. */
	private Speaker attributionAfter(String text, List<Candidate> candidates, People people, int from, int to) {
		Matcher punctuation = LEADING_PUNCTUATION.matcher(text).region(from, to);
		int at = punctuation.lookingAt() ? punctuation.end() : from;
		Matcher verb = reportingVerbHere.matcher(text).region(at, to);
		if (verb.lookingAt()) {
			Optional<Candidate> subject = candidateNear(candidates, text, verb.end(), to);
			if (subject.isPresent()) {
				return resolve(subject.get(), candidates, people);
			}
		}
		return candidatesNear(candidates, text, at, to)
			.filter(c -> reportingVerbAhead.matcher(text).region(c.span().end(), to).lookingAt())
			.findFirst()
			.map(c -> resolve(c, candidates, people))
			.orElse(null);
	}

	/** {@code Berzina said that "…"}, {@code According to Berg, "…"}, or the subject of the sentence. */
	private Speaker attributionBefore(String text, List<Candidate> candidates, People people, int from, int to) {
		List<Candidate> inReach = candidates.stream()
			.filter(c -> c.span().start() >= from && c.span().end() <= to)
			.toList();
		if (inReach.isEmpty()) {
			return null;
		}
		Matcher according = ACCORDING_TO.matcher(text).region(from, to);
		if (according.find()) {
			int clauseEnd = text.indexOf(',', according.end());
			int end = clauseEnd < 0 || clauseEnd > to ? to : clauseEnd;
			Optional<Candidate> source = best(inReach.stream()
				.filter(c -> c.span().start() >= according.end() && c.span().end() <= end)
				.toList());
			if (source.isPresent()) {
				return resolve(source.get(), candidates, people);
			}
		}
		List<Candidate> reporting = inReach.stream()
			.filter(c -> reportingVerbAhead.matcher(text).region(c.span().end(), to).lookingAt())
			.toList();
		Optional<Candidate> chosen = nearest(reporting).or(() -> best(inReach));
		return chosen.map(c -> resolve(c, candidates, people)).orElse(null);
	}

	/**
	 * {@code Rusu said A, and Berzina, who …, said the bloc should speak with "…"}: of several sayers before a
	 * quote, the one whose clause holds it, the last.
	 */
	private static Optional<Candidate> nearest(List<Candidate> sayers) {
		return best(sayers).flatMap(top -> sayers.stream()
			.filter(c -> c.rank() == top.rank())
			.max(Comparator.comparing(Candidate::span)));
	}

	private static Optional<Candidate> best(List<Candidate> candidates) {
		return candidates.stream()
			.filter(c -> c.rank() != Rank.COUNTRY || candidates.size() == 1)
			.min(Comparator.comparing(Candidate::rank).thenComparing(Candidate::span));
	}

	/**
	 * The first candidate at {@code at}, or after nothing but the words of a title ({@code said Kazakh President …},
	 * {@code said the Secretary General of the CSTO, …}).
	 */
	private Optional<Candidate> candidateNear(List<Candidate> candidates, String text, int at, int to) {
		return candidatesNear(candidates, text, at, to).findFirst();
	}

	private Stream<Candidate> candidatesNear(List<Candidate> candidates, String text, int at,
			int to) {
		return candidates.stream()
			.filter(c -> c.span().start() >= at && c.span().start() <= at + ATTRIBUTION_REACH && c.span().end() <= to)
			.filter(c -> titleWords.matcher(text).region(at, c.span().start()).matches())
			.sorted(Comparator.comparing(Candidate::span));
	}

	private static Speaker resolve(Candidate candidate, List<Candidate> candidates, People people) {
		if (candidate.rank() != Rank.PRONOUN) {
			return candidate.speaker();
		}
		return candidates.stream()
			.filter(c -> c.rank() == Rank.PERSON && c.span().end() <= candidate.span().start())
			.max(Comparator.comparing(Candidate::span))
			.map(Candidate::speaker)
			.orElse(null);
	}

	private List<Candidate> candidates(Layout layout, Mentions mentions, People people) {
		String text = layout.text();
		List<Candidate> candidates = new ArrayList<>();
		for (People.Reference reference : people.references()) {
			candidates.add(new Candidate(reference.span(),
					new Speaker(SpeakerType.PERSON, people.person(reference.person()).name()), Rank.PERSON));
		}
		for (TitleMention title : mentions.titles()) {
			if (people.referenceAt(title.span().start()).isEmpty()
					&& candidates.stream().noneMatch(c -> c.span().overlaps(title.span()))) {
				describedPerson(text, mentions, people, title).ifPresent(candidates::add);
			}
		}
		String organization = mentions.mainOrganization();
		for (Mentions.OrganizationMention mention : mentions.organizations()) {
			candidates.add(new Candidate(mention.span(),
					new Speaker(SpeakerType.ORGANIZATION, mention.acronym()), Rank.ORGANIZATION));
		}
		if (organization != null) {
			Matcher group = groupSpeaker.matcher(text);
			while (group.find()) {
				Span span = new Span(group.start(), group.end());
				if (candidates.stream().noneMatch(c -> c.span().overlaps(span))) {
					candidates.add(new Candidate(span, new Speaker(SpeakerType.ORGANIZATION, organization),
							Rank.ORGANIZATION));
				}
			}
		}
		Matcher pronoun = PRONOUN.matcher(text);
		while (pronoun.find()) {
			candidates.add(new Candidate(new Span(pronoun.start(), pronoun.end()), null, Rank.PRONOUN));
		}
		for (CountryMention country : mentions.countries()) {
			if (!country.demonym() && candidates.stream().noneMatch(c -> c.span().overlaps(country.span()))) {
				candidates.add(new Candidate(country.span(), new Speaker(SpeakerType.COUNTRY, country.code()),
						Rank.COUNTRY));
			}
		}
		return candidates.stream()
			.filter(c -> !layout.insideQuote(c.span()) && layout.carriesFacts(c.span().start()))
			.sorted(Comparator.comparing(Candidate::span))
			.toList();
	}

	/**
	 * {@code the Head of State of Moldova}, {@code the Latvian president}: the one person of the article the words
	 * describe, as a candidate spanning the whole description.
	 */
	private static Optional<Candidate> describedPerson(String text, Mentions mentions, People people,
			TitleMention title) {
		String country = null;
		int start = title.span().start();
		int end = title.span().end();
		Optional<CountryMention> demonym = mentions.countryEndingAt(title.span().start() - 1);
		if (demonym.isPresent()) {
			country = demonym.get().code();
			start = demonym.get().span().start();
		}
		Matcher of = OF_THE.matcher(text).region(title.span().end(), text.length());
		if (country == null && of.lookingAt()) {
			Optional<CountryMention> ofCountry = mentions.countryAt(of.end());
			if (ofCountry.isPresent()) {
				country = ofCountry.get().code();
				end = ofCountry.get().span().end();
			}
		}
		String wanted = country;
		ReferenceData.Title described = title.title();
		List<Person> matching = people.persons()
			.stream()
			.filter(p -> p.title() != null)
			.filter(p -> wanted == null
					? described.kind() == ReferenceData.TitleKind.ORGANIZATION && p.title().equals(described)
					: wanted.equals(p.country()) && (p.title().equals(described) || described.generic() && p.title().head()))
			.toList();
		if (matching.size() != 1) {
			return Optional.empty();
		}
		return Optional.of(new Candidate(new Span(start, end),
				new Speaker(SpeakerType.PERSON, matching.get(0).name()), Rank.PERSON));
	}

}

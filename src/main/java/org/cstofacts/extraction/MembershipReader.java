package org.cstofacts.extraction;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cstofacts.extraction.Mentions.CountryMention;
import org.cstofacts.extraction.People.Person;

/**
 * Stage 4a: the states the text presents as members ({@code Its six members are …}, {@code member states,
 * including …}, {@code CSTO member Moldova}) — never neighbours, partners, guests or former members. When the
 * article lists none, the countries whose leaders it shows at the organization's table stand for them, guests'
 * aside. A state whose participation is frozen is still a member.
 */
public final class MembershipReader {

	private static final Pattern LIST_CUE = Pattern.compile(
			"(?i)(?:\\bmember(?:\\s+|-)(?:states|countries|nations)|\\bmembers?)\\b[^.;]{0,60}?(?:\\binclude\\b|\\bincluding\\b|\\bare\\b|\\bcomprise\\b|\\bconsist of\\b|:)");

	private static final Pattern COMPOSITION_CUE = Pattern.compile(
			"(?i)\\b(?:comprises|comprising|consists of|consisting of|brings together|bringing together|unites|uniting|made up of)\\b");

	/** {@code the six ex-Soviet nations: …}: a count of states, then their list. */
	private static final Pattern COUNTED_LIST_CUE = Pattern.compile("(?i)\\b(?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})"
			+ "\\s+(?:[\\w-]+\\s+){0,2}(?:states|nations|countries|republics)\\b[^.;]{0,20}?(?:\\binclude\\b|\\bincluding\\b|\\bare\\b|:|—|–)");

	private static final Pattern SINGLE_CUE = Pattern.compile("(?i)\\bmember(?:\\s+state|\\s+country)?\\s+$");

	private static final Pattern NOT_MEMBERSHIP = Pattern.compile(
			"(?i)\\b(?:former|left|leave|withdr[ae]w\\w*|suspend\\w*|declin\\w*|observer\\w*|partner\\w*|candidate\\w*|appl(?:y|ied)|non-member\\w*|not (?:a )?member\\w*|neighbo\\w*|guest\\w*|outside)\\b");

	/**
	 * {@code Moldova suspended its membership}, {@code Moldova, which notified the bloc in June that it was
	 * suspending its participation}: the words after a state that take it out of the organization.
	 */
	private static final Pattern LEAVING = Pattern.compile("(?i)^[^.;]{0,100}?\\b(?:suspend\\w*|withdr[ae]w\\w*|left|"
			+ "leav\\w*|quit\\w*)\\s+(?:its\\s+|the\\s+|from\\s+(?:the\\s+)?)?(?:membership|participation|treaty|"
			+ "organi[sz]ation|alliance|bloc|(?-i:\\p{Lu}{3,6})\\b)");

	private static final Pattern REJOINING = Pattern.compile("(?i)\\b(?:rejoin\\w*|return\\w*\\s+to)\\b");

	/** {@code … Ion Rusu was invited as a guest}: the words after a leader's name that make him no member's. */
	private static final Pattern GUEST = Pattern.compile("(?i)\\b(?:guests?|invit\\w*|observers?)\\b");

	public Set<String> read(Layout layout, Mentions mentions, People people) {
		String text = layout.text();
		Set<String> members = new LinkedHashSet<>();
		for (Sentence sentence : layout.sentences()) {
			String words = layout.textOf(sentence.span());
			if (NOT_MEMBERSHIP.matcher(words).find()) {
				continue;
			}
			Matcher cue = LIST_CUE.matcher(words);
			Matcher composition = COMPOSITION_CUE.matcher(words);
			Matcher counted = COUNTED_LIST_CUE.matcher(words);
			Matcher list = cue.find() ? cue : composition.find() ? composition : counted.find() ? counted : null;
			if (list != null) {
				int from = sentence.span().start() + list.end();
				List<CountryMention> listed = countriesIn(layout, mentions, from, sentence.span().end());
				if (listed.size() >= 2) {
					listed.forEach(c -> members.add(c.code()));
				}
			}
			for (CountryMention country : countriesIn(layout, mentions, sentence.span().start(),
					sentence.span().end())) {
				String before = text.substring(sentence.span().start(), country.span().start());
				if (SINGLE_CUE.matcher(before).find()) {
					members.add(country.code());
				}
			}
		}
		if (members.isEmpty()) {
			Set<String> left = leftStates(layout, mentions);
			for (Person person : people.persons()) {
				if (person.title() != null && person.title().head() && person.country() != null
						&& !isGuest(layout, people, people.indexOf(person)) && !left.contains(person.country())) {
					members.add(person.country());
				}
			}
		}
		return members;
	}

	/** States the text says suspended, left or withdrew from the organization, and did not rejoin after. */
	private static Set<String> leftStates(Layout layout, Mentions mentions) {
		String text = layout.text();
		Set<String> left = new LinkedHashSet<>();
		for (Sentence sentence : layout.sentences()) {
			for (CountryMention country : countriesIn(layout, mentions, sentence.span().start(), sentence.span().end())) {
				Matcher leaving = LEAVING.matcher(text).region(country.span().end(), sentence.span().end());
				if (leaving.lookingAt() && !REJOINING.matcher(text).region(leaving.end(), sentence.span().end()).find()) {
					left.add(country.code());
				}
			}
		}
		return left;
	}

	/** A leader the text calls a guest or invited, in the words after a mention of him up to the next person. */
	private static boolean isGuest(Layout layout, People people, int person) {
		String text = layout.text();
		for (People.Reference reference : people.references()) {
			if (reference.person() != person) {
				continue;
			}
			int end = layout.sentenceAt(reference.span().start()).map(s -> s.span().end()).orElse(reference.span().end());
			int next = people.references()
				.stream()
				.filter(r -> r.person() != person && r.span().start() >= reference.span().end())
				.mapToInt(r -> r.span().start())
				.min()
				.orElse(end);
			if (GUEST.matcher(text.substring(reference.span().end(), Math.max(reference.span().end(), Math.min(end, next))))
				.find()) {
				return true;
			}
		}
		return false;
	}

	private static List<CountryMention> countriesIn(Layout layout, Mentions mentions, int from, int to) {
		return mentions.countries()
			.stream()
			.filter(c -> !c.demonym() && c.span().start() >= from && c.span().end() <= to)
			.filter(c -> !layout.insideQuote(c.span()))
			.toList();
	}

}

package org.cstofacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;

import org.cstofacts.extraction.ArticleFacts.DatePrecision;
import org.cstofacts.extraction.ArticleFacts.EventFact;
import org.cstofacts.extraction.ArticleFacts.EventType;
import org.junit.jupiter.api.Test;

class FactReadersTest {

	private static List<EventFact> events(String text) {
		Layout layout = Stages.layout(text);
		Mentions mentions = Stages.mentions(layout);
		return new EventReader(Stages.REFERENCE).read(layout, mentions, new PersonFinder(Stages.REFERENCE).find(layout, mentions));
	}

	private static java.util.Set<String> members(String body) {
		Layout layout = Stages.layout(Stages.article(body));
		Mentions mentions = Stages.mentions(layout);
		return new MembershipReader().read(layout, mentions, new PersonFinder(Stages.REFERENCE).find(layout, mentions));
	}

	@Test
	void readsTheSummitWithARelativeDateCityAndVenue() {
		List<EventFact> events = events(Stages.article(
				"The leaders of the CSTO member states met at the Palace of Nations in Dushanbe on Wednesday "
						+ "to mark the 10th anniversary of the charter."));
		assertThat(events).singleElement().satisfies(summit -> {
			assertThat(summit.type()).isEqualTo(EventType.SUMMIT);
			assertThat(summit.date()).isEqualTo(LocalDate.of(2023, 3, 1));
			assertThat(summit.place()).isEqualTo("Dushanbe");
			assertThat(summit.venue()).isEqualTo("Palace of Nations");
			assertThat(summit.occasion()).isEqualTo("the 10th anniversary of the charter");
		});
	}

	@Test
	void treatyAndFoundingEachTakeTheirOwnDateAndCity() {
		List<EventFact> events = events(Stages.article("The bloc grew out of the Collective Security Treaty, "
				+ "signed in Tashkent on May 15, 1992, and became a full international organisation in 2002."));
		assertThat(events).extracting(EventFact::type, EventFact::date, EventFact::datePrecision, EventFact::place)
			.containsExactly(tuple(EventType.TREATY_SIGNED, LocalDate.of(1992, 5, 15), DatePrecision.DAY, "Tashkent"),
					tuple(EventType.ORGANIZATION_FOUNDED, LocalDate.of(2002, 1, 1), DatePrecision.YEAR, null));
	}

	@Test
	void anEarlierSessionWithAMonthIsASummitToo() {
		List<EventFact> events = events(Stages.article("A strategy to 2030 was adopted at the previous session of "
				+ "the Collective Security Council, held in Bishkek in October 2019."));
		assertThat(events).extracting(EventFact::type, EventFact::date, EventFact::datePrecision, EventFact::place)
			.containsExactly(tuple(EventType.SUMMIT, LocalDate.of(2019, 10, 1), DatePrecision.MONTH, "Bishkek"));
	}

	@Test
	void aMeetingByVideoHasNoPlace() {
		List<EventFact> events = events("Headline\n\nWire | March 3, 2023\n\nMINSK – The heads of state held an "
				+ "extraordinary session by video link on Monday.\n");
		assertThat(events).singleElement().satisfies(summit -> {
			assertThat(summit.date()).isEqualTo(LocalDate.of(2023, 2, 27));
			assertThat(summit.place()).isNull();
		});
	}

	@Test
	void theDatelineGivesTheSummitItsCity() {
		List<EventFact> events = events("Headline\n\nWire | March 3, 2023\n\nBISHKEK – The annual summit of the "
				+ "alliance opened on Thursday with Moscow's allies in the room.\n");
		assertThat(events).extracting(EventFact::place).containsExactly("Bishkek");
	}

	@Test
	void anotherOrganizationsSummitIsNotOne() {
		assertThat(events(Stages.article("The CSTO met. The NATO summit in Vilnius on 11 July 2023 was noted.")))
			.isEmpty();
	}

	@Test
	void membersAreTheStatesTheTextListsAsMembers() {
		assertThat(members("The alliance has five members: Moldova, Latvia, Mongolia, Chad and Peru."))
			.containsExactlyInAnyOrder("MDA", "LVA", "MNG", "TCD", "PER");
		assertThat(members("The bloc comprises Moldova, Latvia and Mongolia.")).containsExactlyInAnyOrder("MDA",
				"LVA", "MNG");
	}

	@Test
	void partnersFormerMembersAndNeighboursAreNotMembers() {
		assertThat(members("""
				The bloc works with partners like Peru, Chad and Mali. \
				Its former members are Ghana, Togo and Benin. \
				The member states are Moldova and Latvia.""")).containsExactlyInAnyOrder("MDA", "LVA");
	}

	@Test
	void withoutAListTheLeadersAtTheTableStandForTheMembers() {
		assertThat(members("Moldovan President Ion Rusu and Latvian Prime Minister Anna Berzina met China."))
			.containsExactlyInAnyOrder("MDA", "LVA");
	}

	@Test
	void aLeaderWhoseStateSuspendedItsMembershipDoesNotMakeItAMember() {
		assertThat(members("Moldovan President Ion Rusu and Latvian Prime Minister Anna Berzina met for the first time "
				+ "since Estonia suspended its membership. Estonia, which told the bloc in June that it was suspending its "
				+ "participation, sent nobody. Estonian President Jaan Tamm stayed home.")).containsExactlyInAnyOrder("MDA",
						"LVA");
		assertThat(members("Moldovan President Ion Rusu and Estonian President Jaan Tamm met. Estonia left the treaty "
				+ "in 1999 and rejoined the organization in 2006.")).containsExactlyInAnyOrder("MDA", "EST");
		assertThat(members("Moldovan President Ion Rusu and Estonian President Jaan Tamm met. Estonia has withdrawn "
				+ "heavy equipment from the border.")).containsExactlyInAnyOrder("MDA", "EST");
	}

	@Test
	void aSummitStillToComeTakesOnlyAComingYearOfItsSentence() {
		assertThat(events(Stages.article("The CSTO met. In 2025 Moldova chairs the bloc; the next summit will be held "
				+ "in Chisinau."))).extracting(EventFact::date, EventFact::datePrecision, EventFact::place)
			.containsExactly(tuple(LocalDate.of(2025, 1, 1), DatePrecision.YEAR, "Chisinau"));
		assertThat(events(Stages.article("The CSTO met. Since 2019 Moldova has wanted the next summit held in "
				+ "Chisinau."))).isEmpty();
	}

	@Test
	void aSummitTheLeadReportsIsDatedByTheLeadThoughAnEarlierMeetingIsDated() {
		List<EventFact> events = events("Leaders Pledge Aid\n\nWire | March 3, 2023\n\nDUSHANBE (Wire) — Leaders "
				+ "of the alliance pledged on Thursday to bolster the border.\n\nMoldovan President Ion Rusu hosted the "
				+ "summit in Dushanbe. They held an emergency session by video link on Feb. 2.\n");
		assertThat(events).extracting(EventFact::date, EventFact::place)
			.containsExactly(tuple(LocalDate.of(2023, 2, 2), null), tuple(LocalDate.of(2023, 3, 2), "Dushanbe"));
	}

	@Test
	void meetingsNamedInOtherWordsAreSummits() {
		assertThat(events(Stages.article("Latvia sent no one to the session in Riga in November 2022. Rusu said the "
				+ "leaders would gather again in Vilnius in September next year. Berzina: When we met in Tallinn on 4 May "
				+ "last year, we agreed. We are ready to host you in Chisinau next year.\n\nRusu: Thank you.")))
			.extracting(EventFact::date, EventFact::datePrecision, EventFact::place)
			.containsExactly(tuple(LocalDate.of(2022, 5, 4), DatePrecision.DAY, "Tallinn"),
					tuple(LocalDate.of(2022, 11, 1), DatePrecision.MONTH, "Riga"),
					tuple(LocalDate.of(2024, 1, 1), DatePrecision.YEAR, "Chisinau"),
					tuple(LocalDate.of(2024, 9, 1), DatePrecision.MONTH, "Vilnius"));
	}

	@Test
	void oneLeaderJoiningByVideoDoesNotTakeThePlaceAwayFromTheSummit() {
		List<EventFact> events = events(Stages.article("A session of the Collective Security Council took place in "
				+ "Dushanbe on Thursday. Moldovan President Ion Rusu joined by video link."));
		assertThat(events).extracting(EventFact::place).containsExactly("Dushanbe");
	}

	@Test
	void leadersWhoStayedAwayOrWereStoodInForDidNotAttend() {
		List<EventFact> events = events(Stages.article("The leaders met in Dushanbe on Thursday, a summit that "
				+ "Latvian Prime Minister Anna Berzina chose to skip. Moldovan President Ion Rusu attended. Mongolia was "
				+ "represented by Prime Minister Bat Erdene, who stood in for President Dan Erdene."));
		assertThat(events).singleElement()
			.satisfies(summit -> assertThat(summit.participants()).containsExactly("Ion Rusu", "Bat Erdene"));
	}

	@Test
	void aSummitArticleThatDatesOnlyItsLeadGetsTheLeadsDate() {
		List<EventFact> events = events("Leaders Gather For Summit In Dushanbe\n\nWire | March 3, 2023\n\n"
				+ "The heads of state adopted a declaration on Wednesday after four hours of talks.\n");
		assertThat(events).extracting(EventFact::type, EventFact::date, EventFact::place)
			.containsExactly(tuple(EventType.SUMMIT, LocalDate.of(2023, 3, 1), "Dushanbe"));
	}

	@Test
	void nextWeeksSummitIsStillToCome() {
		assertThat(events(Stages.article("The CSTO met. Ahead of next week's summit in Minsk the ministers met on "
				+ "Monday."))).isEmpty();
	}

	@Test
	void aCountedListOfStatesInTheAllianceAreItsMembers() {
		assertThat(members("The bloc unites the three ex-Soviet nations: Moldova, Latvia and Estonia."))
			.containsExactlyInAnyOrder("MDA", "LVA", "EST");
	}

	@Test
	void aStateThatFrozeItsParticipationIsStillAMember() {
		assertThat(members("The members are Moldova, Latvia and Estonia, although Moldova froze its participation."))
			.containsExactlyInAnyOrder("MDA", "LVA", "EST");
	}

	@Test
	void aGuestLeaderDoesNotMakeHisCountryAMember() {
		assertThat(members("Moldovan President Ion Rusu and Latvian Prime Minister Anna Berzina met. Estonian President "
				+ "Jaan Tamm was invited to the session as a guest.")).containsExactlyInAnyOrder("MDA", "LVA");
	}

	@Test
	void aMeetingAnnouncedForNextMonthKeepsItsCityToItself() {
		List<EventFact> events = events("Leaders Meet\n\nWire\nNov 8, 2023 6:05 PM\n\nRIGA, Nov 8 (Wire) - CSTO "
				+ "leaders failed on Thursday to agree, and said they would try again at an informal meeting in Vilnius "
				+ "next month. Rusu attended Thursday's session of the Collective Security Council in the Latvian "
				+ "capital.\n");
		assertThat(events).extracting(EventFact::date, EventFact::datePrecision, EventFact::place)
			.containsExactly(tuple(LocalDate.of(2023, 11, 2), DatePrecision.DAY, "Riga"),
					tuple(LocalDate.of(2023, 12, 1), DatePrecision.MONTH, "Vilnius"));
	}

	@Test
	void aTranscriptsSessionIsDatedByItsBylineNotByADateSpokenInATurn() {
		List<EventFact> events = events("Session\n\nTest Record · Transcripts\nMarch 3, 2023, 10:00\n\n"
				+ "Moldovan President Ion Rusu took part in a session of the Collective Security Council by video link.\n\n"
				+ "Ion Rusu: Colleagues, we will meet again at the regular session in Riga on April 20.\n\n"
				+ "Anna Berzina: On 14 January we agreed on this.\n");
		assertThat(events).extracting(EventFact::date, EventFact::place)
			.containsExactly(tuple(LocalDate.of(2023, 3, 3), null), tuple(LocalDate.of(2023, 4, 20), "Riga"));
	}

	@Test
	void aDateInARelativeClauseOrAnotherClauseDoesNotDateTheMeeting() {
		assertThat(events(Stages.article("Rusu, whose term ends in December, attended the session of the Collective "
				+ "Security Council. The Riga summit was the first he attended since he took office in May."))).isEmpty();
	}

	@Test
	void lastYearsSummitAndTheNextSessionAreDatedRelativeToTheArticle() {
		assertThat(events(Stages.article("Berzina recalled last year's summit in Riga. The next session of the "
				+ "Collective Security Council will be held in Vilnius in 2024.")))
			.extracting(EventFact::date, EventFact::datePrecision, EventFact::place)
			.containsExactly(tuple(LocalDate.of(2022, 1, 1), DatePrecision.YEAR, "Riga"),
					tuple(LocalDate.of(2024, 1, 1), DatePrecision.YEAR, "Vilnius"));
	}

	@Test
	void sinceLastYearsSummitDatesThatSummitAndAMonthInANestedRelativeClauseDatesNothing() {
		List<EventFact> events = events(Stages.article("Rusu has run the secretariat since last year's summit in Riga "
				+ "failed. Moldova, whose president, Ion Rusu, took office in May, was attending its first summit."));
		assertThat(events).extracting(EventFact::date, EventFact::datePrecision, EventFact::place)
			.containsExactly(tuple(LocalDate.of(2022, 1, 1), DatePrecision.YEAR, "Riga"));
	}

}

package org.cstofacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.cstofacts.extraction.ArticleFacts.SpeakerType;
import org.cstofacts.extraction.ArticleFacts.StatementFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementReaderTest {

	private static final String INTRODUCTION = "Moldovan President Ion Rusu and Latvian Prime Minister Anna Berzina "
			+ "attended the CSTO meeting. ";

	private static List<StatementFact> statements(String body) {
		Layout layout = Stages.layout(Stages.article(INTRODUCTION + body));
		Mentions mentions = Stages.mentions(layout);
		People people = new PersonFinder(Stages.REFERENCE).find(layout, mentions);
		return new StatementReader(Stages.REFERENCE).read(layout, mentions, people);
	}

	private static final String TRANSCRIPT = "Session\n\nTest Record · Transcripts\nMarch 3, 2023, 10:00\n\n"
			+ INTRODUCTION + "\n\n";

	/** A transcript read whole, so that its turns are read as such. */
	private static List<StatementFact> statementsOfTranscript(String text) {
		Layout layout = Stages.layout(text);
		Mentions mentions = Stages.mentions(layout);
		return new StatementReader(Stages.REFERENCE).read(layout, mentions,
				new PersonFinder(Stages.REFERENCE).find(layout, mentions));
	}

	private static String speakerOf(String body) {
		List<StatementFact> statements = statements(body).stream()
			.filter(s -> s.kind() == ArticleFacts.StatementKind.QUOTE)
			.toList();
		assertThat(statements).hasSize(1);
		return statements.get(0).speaker() == null ? null : statements.get(0).speaker().name();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"We stand together,\" Berzina said.", "“We stand together,” said Berzina.",
			"Berzina said that “we stand together.”", "Berzina told reporters: «We stand together».",
			"According to Berzina, \"we stand together\".", "Rusu spoke first. Berzina, however, stressed that "
					+ "\"we stand together\".",
			"“We stand together,” the Latvian prime minister said.", "Berzina spoke last. “We stand together,” she said.",
			"“We stand together,” said Latvian Prime Minister Anna Berzina.",
			"“We stand together,” Latvian Prime Minister Anna Berzina told reporters." })
	void attributesAQuoteWhereverTheAttributionStands(String body) {
		assertThat(speakerOf(body)).isEqualTo("Anna Berzina");
	}

	@Test
	void bothHalvesOfASplitQuoteGoToTheSameSpeaker() {
		assertThat(statements("“We came,” Rusu told the session. “We stayed.”"))
			.extracting(StatementFact::text, s -> s.speaker().name())
			.containsExactly(tuple("We came", "Ion Rusu"), tuple("We stayed.", "Ion Rusu"));
	}

	@Test
	void aTitleWithTheCountryStandsForThePerson() {
		assertThat(speakerOf("\"Peace matters,\" the Head of State of Moldova stressed.")).isEqualTo("Ion Rusu");
	}

	@Test
	void theOrganizationAndTheMemberStatesSpeakAsTheOrganization() {
		List<StatementFact> statements = statements("""
				The member states emphasized a "sharp rise in tension". \
				The Collective Security Council said troops went "for a limited time".""");
		assertThat(statements).extracting(s -> s.speaker().type(), s -> s.speaker().name())
			.containsExactly(tuple(SpeakerType.ORGANIZATION, "CSTO"), tuple(SpeakerType.ORGANIZATION, "CSTO"));
	}

	@Test
	void aPersonNamedWithTheSpeakingVerbWinsOverAnOrganizationNamedBefore() {
		assertThat(speakerOf("Opening the session, the Chairman of the Collective Security Council, President of "
				+ "Moldova Ion Rusu, noted: \"The year was hard.\"")).isEqualTo("Ion Rusu");
	}

	@Test
	void aVerbAfterTheQuoteIsOnlyAnAttributionWhenItFollowsAtOnce() {
		assertThat(speakerOf("Rusu said work had become “more dynamic” this year, while Berzina expressed hope."))
			.isEqualTo("Ion Rusu");
	}

	@Test
	void statementKeepsItsTopicAndExactSpan() {
		String text = Stages.article(INTRODUCTION + "\n\nTalks on security\n\nRusu said: “We stay.”\n\nEnd of it.");
		Layout layout = Stages.layout(text);
		Mentions mentions = Stages.mentions(layout);
		StatementFact statement = new StatementReader(Stages.REFERENCE)
			.read(layout, mentions, new PersonFinder(Stages.REFERENCE).find(layout, mentions))
			.get(0);
		assertThat(statement.topic()).isEqualTo("Talks on security");
		assertThat(statement.span().of(text)).isEqualTo(statement.text()).isEqualTo("We stay.");
	}

	@Test
	void aQuoteNobodyIsNamedForHasNoSpeaker() {
		assertThat(speakerOf("The word “détente” came up.")).isNull();
	}

	@Test
	void reportedSpeechIsReadAsReportedWithItsClause() {
		List<StatementFact> statements = statements("""
				Berzina told her counterparts that the border would stay open. 				According to Rusu, the talks went well. 				Rusu said “nothing” about it.""");
		assertThat(statements).extracting(StatementFact::kind, StatementFact::text, s -> s.speaker().name())
			.containsExactly(tuple(ArticleFacts.StatementKind.REPORTED, "the border would stay open", "Anna Berzina"),
					tuple(ArticleFacts.StatementKind.REPORTED, "the talks went well", "Ion Rusu"),
					tuple(ArticleFacts.StatementKind.QUOTE, "nothing", "Ion Rusu"));
	}

	@Test
	void aParagraphEndingInAColonIntroducesTheQuotationThatFollows() {
		assertThat(speakerOf("Berzina put it plainly:\n\n“We stand together.”")).isEqualTo("Anna Berzina");
	}

	@Test
	void aQuoteCreditedToInitialsGoesToTheFullNamedPerson() {
		assertThat(speakerOf("The Prime Minister of the Republic of Latvia A.V. Berzina stressed: «We stand together.»"))
			.isEqualTo("Anna Berzina");
	}

	@Test
	void namesOfDocumentsInQuoteMarksAreNoStatements() {
		assertThat(statements("The leaders adopted: 1. the decision «On the budget for 2024»; 2. the Statement of the "
				+ "heads of member states of the CSTO «On the situation in the region»; 3. the \"Shield-2023\" exercise "
				+ "plan. Rusu said: «We agreed on everything.»"))
			.extracting(StatementFact::text)
			.containsExactly("We agreed on everything.");
	}

	@Test
	void namesOfOrganizationsInQuoteMarksAreNoStatementsButLowerCaseWordsAfterADocumentAre() {
		assertThat(statements("Rusu noted that the organization «Islamic State» controls territory. Berzina said the "
				+ "government had backed the declaration \"without any reservations\"."))
			.filteredOn(s -> s.kind() == ArticleFacts.StatementKind.QUOTE)
			.extracting(StatementFact::text, s -> s.speaker().name())
			.containsExactly(tuple("without any reservations", "Anna Berzina"));
	}

	@Test
	void aFormerOfficeOfAnotherTitleIsNotThePersonHoldingTheOfficeNow() {
		assertThat(speakerOf("The secretary general, Jan Berg, a former Moldovan prime minister, spoke. \"We are open,\" "
				+ "he said.")).isEqualTo("Jan Berg");
	}

	@Test
	void ofTwoSayersBeforeAQuoteTheOneWhoseClauseHoldsItSpeaks() {
		assertThat(speakerOf("Rusu said the drills would go on, and Berzina, who had skipped the last session, said "
				+ "the bloc should speak with \"one voice\" on trade.")).isEqualTo("Anna Berzina");
	}

	@Test
	void straightQuoteMarksInsideCurlyOnesDoNotSplitTheQuote() {
		assertThat(statements("“Our border is our \"southern shield\" now,” Rusu said."))
			.extracting(StatementFact::text, s -> s.speaker().name())
			.containsExactly(tuple("Our border is our \"southern shield\" now", "Ion Rusu"));
	}

	@Test
	void aWordQuotedInAHeadlineIsNoStatementOfTheOrganization() {
		Layout layout = Stages.layout("CSTO vows \"shield\" for the border\n\nTest Wire | March 3, 2023 | 10:00\n\n"
				+ INTRODUCTION + "\n");
		Mentions mentions = Stages.mentions(layout);
		assertThat(new StatementReader(Stages.REFERENCE).read(layout, mentions,
				new PersonFinder(Stages.REFERENCE).find(layout, mentions))).isEmpty();
	}

	@Test
	void eachTurnOfATranscriptIsAQuoteOfItsSpeaker() {
		String text = TRANSCRIPT + "Moldovan President Ion Rusu: Colleagues, we \"stand together\". (Applause.)\n\n"
				+ "I thank you.\n\nA. Berzina: Thank you, Ion.\n\nQuestion: Will you meet again?\n";
		List<StatementFact> statements = statementsOfTranscript(text);
		assertThat(statements).extracting(s -> s.speaker().name(), StatementFact::text)
			.containsExactly(tuple("Ion Rusu", "Colleagues, we \"stand together\". I thank you."),
					tuple("Anna Berzina", "Thank you, Ion."));
		assertThat(statements.get(1).span().of(text)).isEqualTo("Thank you, Ion.");
	}

	@Test
	void aLabelInCapitalsIsThePersonTheLeadIntroducedAndAnInterpreterSpeaksForNobody() {
		assertThat(statementsOfTranscript(TRANSCRIPT + "PRESIDENT RUSU: Colleagues, welcome.\n\nThe border is calm.\n\n"
				+ "Interpreter: Thank you, Mr President.\n\nBERZINA (via interpreter): We agree.\n")).extracting(s -> s.speaker().name(), StatementFact::text)
			.containsExactly(tuple("Ion Rusu", "Colleagues, welcome. The border is calm."),
					tuple("Anna Berzina", "We agree."));
	}

}

package org.cstofacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TurnReaderTest {

	private static final String HEAD = "Session of the Council\n\nTest Record · Transcripts\nMarch 3, 2023, 10:00\n\n"
			+ "Ion Rusu took part in a session of the Collective Security Council.\n\n";

	private static List<Turn> turns(String body) {
		return Stages.layout(HEAD + body).turns();
	}

	private static List<String> labels(String body) {
		String text = HEAD + body;
		return Stages.layout(text).turns().stream().map(t -> t.label().of(text)).toList();
	}

	@Test
	void aLabelWithTitleAShortNameAndInitialsEachOpenATurn() {
		assertThat(labels("President of Moldova Ion Rusu: Colleagues, welcome.\n\nA.V. Berzina: Thank you.\n\n"
				+ "Rusu: The session is closed.\n")).containsExactly("President of Moldova Ion Rusu", "A.V. Berzina",
						"Rusu");
	}

	@Test
	void aTurnRunsOverTheSpeakersParagraphsAndLeavesOutStageNotes() {
		List<Turn> turns = turns("Ion Rusu: <…> Colleagues, welcome. (Applause.) We begin.\n\n"
				+ "I give the floor to our guest.\n\n(Applause.)\n\nAnna Berzina: Thank you.\n");
		assertThat(turns).extracting(Turn::words)
			.containsExactly("Colleagues, welcome. We begin. I give the floor to our guest.", "Thank you.");
	}

	@Test
	void theSpeechSpanStartsAfterTheLabelAndAnOpeningStageNote() {
		String text = HEAD + "Ion Rusu: <…> Colleagues, welcome.\n\nAnna Berzina: Thank you.\n";
		Turn first = Stages.layout(text).turns().get(0);
		assertThat(first.speech().of(text)).isEqualTo("Colleagues, welcome.");
	}

	@Test
	void narrativeAfterATurnIsNotItsSpeech() {
		List<Turn> turns = turns("Ion Rusu: We agree.\n\nAnna Berzina: So do we.\n\n"
				+ "The leaders then left for lunch, the press service said.\n\n"
				+ "Berzina later told reporters: “It went well.”\n");
		assertThat(turns).extracting(Turn::words).containsExactly("We agree.", "So do we.");
	}

	@Test
	void aSeparatorEndsATurn() {
		assertThat(turns("Ion Rusu: We agree.\n\n* * *\n\nWe also met the press.\n\nAnna Berzina: Yes.\n"))
			.extracting(Turn::words)
			.containsExactly("We agree.", "Yes.");
	}

	@Test
	void aLoneNoteOrOneLabelDoesNotMakeATranscript() {
		assertThat(turns("Note: Ion Rusu attended by video link.\n\nPhoto: the leaders.\n")).isEmpty();
		assertThat(turns("Ion Rusu: We agree.\n\nThe leaders then left.\n")).isEmpty();
	}

	@Test
	void aSentenceWithACommaOrLowerCaseWordsBeforeAColonIsNoLabel() {
		assertThat(turns("Opening the session, Ion Rusu noted: «We agree.»\n\n"
				+ "Following the talks, the leaders signed: a declaration.\n")).isEmpty();
	}

	@Test
	void labelsInCapitalsOrWithANoteOnTheInterpretingOpenTurnsToo() {
		assertThat(labels("PRESIDENT RUSU: Colleagues, welcome.\n\nInterpreter: Thank you, Mr President.\n\n"
				+ "Anna Berzina (via interpreter): We agree.\n")).containsExactly("PRESIDENT RUSU", "Interpreter",
						"Anna Berzina");
	}

	@Test
	void aTurnGoesOnOverParagraphsWithoutFirstPersonWordsUpToTheNextLabel() {
		assertThat(turns("Ion Rusu: Colleagues, welcome.\n\nThe situation on the border is tense.\n\n"
				+ "(Applause.)\n\nTerrorist groups are active there.\n\nAnna Berzina: Thank you.\n"))
			.extracting(Turn::words)
			.containsExactly("Colleagues, welcome. The situation on the border is tense. Terrorist groups are active there.",
					"Thank you.");
	}

	@Test
	void aParagraphTellingWhatTheSpeakersDidEndsTheTurn() {
		assertThat(turns("Ion Rusu: Colleagues, welcome.\n\nRusu then handed the floor over and Berzina noted the time.\n\n"
				+ "Anna Berzina: Thank you.\n")).extracting(Turn::words)
			.containsExactly("Colleagues, welcome.", "Thank you.");
	}

	@Test
	void theLastTurnEndsAtItsLastParagraphInTheFirstOrSecondPerson() {
		assertThat(turns("Ion Rusu: Colleagues, welcome.\n\nAnna Berzina: Thank you. We agree.\n\n"
				+ "The session lasted two hours.\n")).extracting(Turn::words)
			.containsExactly("Colleagues, welcome.", "Thank you. We agree.");
	}

	@Test
	void aLabelInCapitalsIsReadInTitleCaseLetterForLetter() {
		String text = HEAD + "PRESIDENT OF MOLDOVA ION RUSU: Colleagues.\n\nCSTO SECRETARY GENERAL A.V. BERG: Thanks.\n";
		Layout layout = Stages.layout(text);
		assertThat(layout.readable()).hasSameSizeAs(text)
			.contains("President of Moldova Ion Rusu: Colleagues.", "CSTO Secretary General A.V. Berg: Thanks.");
	}

}

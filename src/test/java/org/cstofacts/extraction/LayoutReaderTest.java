package org.cstofacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.cstofacts.extraction.Block.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LayoutReaderTest {

	static Stream<Arguments> bylines() {
		return Stream.of(
				Arguments.of("Daily Planet ♦ Published: April 9, 2021; 21:50 ♦ (Planet Wire)", "Planet Wire",
						"2021-04-09T21:50"),
				Arguments.of("Steppe Herald | January 10, 2021 | 18:40", "Steppe Herald", "2021-01-10T18:40"),
				Arguments.of("Press release · Council Secretariat · 02.12.2020", "Council Secretariat",
						"2020-12-02T00:00"),
				Arguments.of("Valley Times | Politics\nBy Staff Writer | 24 November 2022", "Valley Times",
						"2022-11-24T00:00"),
				Arguments.of("Lake Review | World\nThursday, November 30, 2017 · 19:40", "Lake Review",
						"2017-11-30T19:40"),
				Arguments.of("River News · 28.11.2024 14:05", "River News", "2024-11-28T14:05"),
				Arguments.of("Border Courier | Sep 16, 2021", "Border Courier", "2021-09-16T00:00"));
	}

	@ParameterizedTest
	@MethodSource("bylines")
	void readsPublisherAndPublicationTimeFromTheByline(String byline, String publisher, String publishedAt) {
		Layout layout = Stages.layout("The Headline\n\n" + byline + "\n\nThe first paragraph.\n");
		assertThat(layout.metadata().title()).isEqualTo("The Headline");
		assertThat(layout.metadata().publisher()).isEqualTo(publisher);
		assertThat(layout.metadata().publishedAt()).isEqualTo(LocalDateTime.parse(publishedAt));
	}

	@Test
	void bylineSectionWordIsTheCategory() {
		Layout layout = Stages.layout("The Headline\n\nValley Times | Politics\n\nThe first paragraph.\n");
		assertThat(layout.metadata().category()).isEqualTo("Politics");
	}

	@Test
	void readsTheDatelineCities() {
		Layout layout = Stages.layout(Stages.article("DUSHANBE/ALMATY – The leaders met. It rained."));
		assertThat(layout.datelinePlaces()).containsExactly("Dushanbe", "Almaty");
		Layout dated = Stages.layout("The Headline\n\nDUSHANBE, Nov 23 – The leaders met.\n");
		assertThat(dated.datelinePlaces()).containsExactly("Dushanbe");
	}

	@Test
	void tellsHeadingsCaptionsAndTrailingTagsFromParagraphs() {
		String text = Stages.article("""
				The leaders met in the capital.

				A new chapter begins

				The talks went on for hours. / Photo: © Some Agency

				They agreed on a plan.

				Security
				Alliances""");
		Layout layout = Stages.layout(text);
		assertThat(layout.blocks()).extracting(Block::kind)
			.containsExactly(Kind.TITLE, Kind.BYLINE, Kind.PARAGRAPH, Kind.HEADING, Kind.CAPTION, Kind.PARAGRAPH,
					Kind.TRAILER);
		assertThat(layout.sections()).extracting(ArticleFacts.Section::heading).containsExactly(null,
				"A new chapter begins");
		assertThat(layout.headingAt(text.indexOf("They agreed"))).isEqualTo("A new chapter begins");
	}

	@Test
	void quotedSentenceEndingTheLineIsNotAHeading() {
		Layout layout = Stages.layout(Stages.article("He said: “We will win.”\n\nMore text follows here."));
		assertThat(layout.blocks()).extracting(Block::kind).doesNotContain(Kind.HEADING);
	}

	@Test
	void aBylineRightAboveTheFirstParagraphIsStillTheByline() {
		Layout layout = Stages.layout("The Headline\n\nLake Review | May 2, 2023\nDUSHANBE – The leaders met in the "
				+ "capital on Tuesday and agreed on a plan for the years to come, which took them many hours of talks.\n");
		assertThat(layout.blocks()).extracting(Block::kind).containsExactly(Kind.TITLE, Kind.BYLINE, Kind.PARAGRAPH);
		assertThat(layout.metadata().publisher()).isEqualTo("Lake Review");
		assertThat(layout.datelinePlaces()).containsExactly("Dushanbe");
	}

	@Test
	void readsNewsAgencyDatelines() {
		assertThat(Stages.layout("The Headline\n\nMOSCOW, November 23. /TASS/. The leaders met.\n").datelinePlaces())
			.containsExactly("Moscow");
		assertThat(Stages.layout("The Headline\n\nMoscow, 23 November (TASS) – The leaders met.\n").datelinePlaces())
			.containsExactly("Moscow");
		assertThat(Stages.layout("The Headline\n\nArmenia – a small country – met them.\n").datelinePlaces()).isEmpty();
	}

	@Test
	void aShortLeadSentenceOrATurnOpeningPastedTextIsNoTitle() {
		assertThat(Stages.layout("Moldovan President Ion Rusu hosted the CSTO leaders on Monday.\n\nThey met for "
				+ "two hours.\n").metadata().title()).isNull();
		assertThat(Stages.layout("Rusu: Thank you.\n\nBerzina: We agree.\n").metadata().title()).isNull();
		assertThat(Stages.layout("Rusu hosts the CSTO leaders\n\nThey met for two hours.\n").metadata().title())
			.isEqualTo("Rusu hosts the CSTO leaders");
	}

	@Test
	void aCityInCapitalsClosedByAFullStopIsADatelineButOtherCapitalsAreNot() {
		assertThat(Stages.layout("The Headline\n\nMINSK. The leaders met.\n").datelinePlaces()).containsExactly("Minsk");
		assertThat(Stages.layout("The Headline\n\nNATO. The leaders met.\n").datelinePlaces()).isEmpty();
	}

	@Test
	void readsTwelveHourTimesAndThePrintedOffset() {
		Layout layout = Stages.layout("Headline\n\nTest Wire\nNov 8, 2018 6:05 PM GMT+6\n\nText of the article.\n");
		assertThat(layout.metadata().publishedAt()).isEqualTo(LocalDateTime.of(2018, 11, 8, 18, 5));
		assertThat(layout.metadata().offset()).isEqualTo(ZoneOffset.ofHours(6));
		assertThat(Stages.layout("Headline\n\nWire | Nov 8, 2018 | 12:30 a.m.\n\nText.\n").metadata().publishedAt())
			.isEqualTo(LocalDateTime.of(2018, 11, 8, 0, 30));
		assertThat(Stages.layout("Headline\n\nWire | 08.11.2018 | 18:05\n\nText.\n").metadata().offset()).isNull();
	}

	@Test
	void aPastedParagraphWithoutTitleHasNoTitleAndStaysAParagraph() {
		String text = "Moldovan President Ion Rusu said on Tuesday that the alliance would meet in Riga in the autumn, "
				+ "and that the leaders would sign a declaration there. “We are ready,” Rusu said.\n";
		Layout layout = Stages.layout(text);
		assertThat(layout.metadata().title()).isNull();
		assertThat(layout.blocks()).extracting(Block::kind).containsExactly(Block.Kind.PARAGRAPH);
		assertThat(layout.quotes()).hasSize(1);
	}

	@Test
	void updateNotesCreditLinesAndStageNotesAreNotesNotParagraphs() {
		Layout layout = Stages.layout("Headline\n\nTest Wire\nNov 8, 2018 6:05 PM\n\n(Adds Rusu comments in "
				+ "paragraph 4)\n\nRIGA, Nov 8 (Test Wire) - Leaders met.\n\n(Applause.)\n\n* * *\n\n"
				+ "(Reporting by Jaan Tamm in Riga; Editing by Anna Lee)\n");
		assertThat(layout.blocks()).extracting(Block::kind)
			.containsExactly(Block.Kind.TITLE, Block.Kind.BYLINE, Block.Kind.NOTE, Block.Kind.PARAGRAPH,
					Block.Kind.NOTE, Block.Kind.NOTE, Block.Kind.NOTE);
	}
}

package org.cstofacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.cstofacts.extraction.People.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonFinderTest {

	private static People people(String body) {
		return Stages.people(Stages.layout(Stages.article(body)));
	}

	private static Person only(String body) {
		People people = people(body);
		assertThat(people.persons()).hasSize(1);
		return people.person(0);
	}

	@ParameterizedTest
	@ValueSource(strings = { "President of the Republic of Moldova Ion Rusu spoke.",
			"President of Moldova, Ion Rusu said it.", "Moldovan President Ion Rusu spoke.",
			"Moldova's President Ion Rusu spoke.", "The talks ended, the Moldovan president, Ion Rusu, said.",
			"Ion Rusu, the Moldovan president, spoke.", "The visit of President Ion Rusu of Moldova ended." })
	void readsTitleAndCountryInEveryCommonForm(String sentence) {
		Person person = only(sentence);
		assertThat(person.name()).isEqualTo("Ion Rusu");
		assertThat(person.title().name()).isEqualTo("President");
		assertThat(person.country()).isEqualTo("MDA");
	}

	@Test
	void organizationTitlesGoWithTheOrganization() {
		assertThat(only("NATO Secretary General Jan Berg spoke.").organization()).isEqualTo("NATO");
		assertThat(only("Secretary-General of the OSCE Jan Berg spoke.").organization()).isEqualTo("OSCE");
		Person person = only("The CSTO met. Secretary General Jan Berg spoke.");
		assertThat(person.organization()).isEqualTo("CSTO");
		assertThat(person.country()).isNull();
	}

	@Test
	void aRunOnListWithoutCommasStillGivesEachPersonTheirTitle() {
		People people = people("It was attended by Prime Minister of the Republic of Moldova Ion Rusu President "
				+ "of the Republic of Latvia Anna Berzina and Mongolian President Bat Erdene.");
		assertThat(people.persons()).extracting(Person::name, p -> p.title().name(), Person::country)
			.containsExactly(tuple("Ion Rusu", "Prime Minister", "MDA"), tuple("Anna Berzina", "President", "LVA"),
					tuple("Bat Erdene", "President", "MNG"));
	}

	@Test
	void hyphenatedGivenNamesAreOneName() {
		assertThat(only("Uzbek President Abdul-Aziz Karimov spoke.").name()).isEqualTo("Abdul-Aziz Karimov");
	}

	@Test
	void laterMentionsBySurnameResolveToTheFullPerson() {
		String body = "Moldovan President Ion Rusu arrived. Rusu said little. Mr Rusu left.";
		People people = people(body);
		assertThat(people.persons()).hasSize(1);
		assertThat(people.spansOf(0)).hasSize(3);
		assertThat(people.person(0).aliases()).containsExactly("Ion Rusu", "Rusu");
	}

	@Test
	void twoPeopleSharingASurnameStayTwoPeople() {
		People people = people("Moldova was represented by Prime Minister Dan Rusu, who stood in for President "
				+ "Ion Rusu. Dan Rusu spoke first.");
		assertThat(people.persons()).extracting(Person::name, p -> p.title().name(), Person::country)
			.containsExactly(tuple("Dan Rusu", "Prime Minister", "MDA"), tuple("Ion Rusu", "President", "MDA"));
	}

	@Test
	void spellingVariantsOfOneNameAreOnePerson() {
		People people = people("Mongolian President Bat Erdene arrived. President Bat Erdine spoke.");
		assertThat(people.persons()).hasSize(1);
		assertThat(people.person(0).aliases()).contains("Bat Erdene", "Bat Erdine");
	}

	@Test
	void anOfficeReplacesAGenericDescription() {
		Person person = only("Moldovan leader Ion Rusu arrived. Rusu, the Moldovan president, spoke.");
		assertThat(person.title().name()).isEqualTo("President");
		assertThat(person.roles()).containsExactly("Leader", "President");
	}

	@Test
	void aTitleWithoutANameIsNobody() {
		assertThat(people("The president spoke. The Moldovan leader came to the capital.").persons()).isEmpty();
	}

	@Test
	void aSentenceOpeningBeforeAnAppositiveTitleIsNoName() {
		assertThat(people("Following the talks, Secretary General of the CSTO Jan Berg spoke.").persons())
			.extracting(Person::name)
			.containsExactly("Jan Berg");
	}

	@Test
	void aCounterpartHoldsTheTitleOfThePersonSetAgainstIt() {
		People people = people("Moldovan President Ion Rusu and his Latvian counterpart Anna Berzina met.");
		assertThat(people.persons()).extracting(Person::name, p -> p.title().name(), Person::country)
			.containsExactly(tuple("Ion Rusu", "President", "MDA"), tuple("Anna Berzina", "President", "LVA"));
	}

	@Test
	void aCountrysPossessiveGivesTheNameItsCountry() {
		People people = people("Latvia's Anna Berzina arrived. Latvian President Anna Berzina spoke.");
		assertThat(people.persons()).singleElement().satisfies(person -> {
			assertThat(person.country()).isEqualTo("LVA");
			assertThat(people.spansOf(0)).hasSize(2);
		});
	}

	@Test
	void aHeadlineInTitleCaseIntroducesNobody() {
		People people = Stages.people(Stages.layout("President Rusu Hosts Summit In Chisinau\n\nWire | May 2, 2023\n\n"
				+ "Moldovan President Ion Rusu welcomed the leaders.\n"));
		assertThat(people.persons()).extracting(Person::name).containsExactly("Ion Rusu");
		assertThat(people.spansOf(0)).hasSize(2);
	}

	@Test
	void aCountrysPossessiveInAHeadlineIntroducesNobody() {
		People people = Stages.people(Stages.layout("Moldova's Rusu Urges Unity At Summit\n\nWire | May 2, 2023\n\n"
				+ "Moldovan President Ion Rusu urged unity.\n"));
		assertThat(people.persons()).extracting(Person::name).containsExactly("Ion Rusu");
	}

	@Test
	void aCountryNameRightBeforeTheTitleIsItsCountry() {
		assertThat(only("Latvia President Anna Berzina spoke.").country()).isEqualTo("LVA");
	}

	@Test
	void aSeatOfGovernmentBeforeATitleGivesTheCountry() {
		Person person = only("Kremlin spokesman Ivan Orlov said nothing.");
		assertThat(person.title().name()).isEqualTo("Spokesperson");
		assertThat(person.country()).isEqualTo("RUS");
	}

	@Test
	void aHeadOfStateChairingAnOrganizationsCouncilKeepsTheChairAsARoleOnly() {
		Person person = only("The Chairman of the Collective Security Council, President of Moldova Ion Rusu, spoke.");
		assertThat(person.title().name()).isEqualTo("President");
		assertThat(person.roles()).containsExactly("Chairman", "President");
		assertThat(person.organization()).isNull();
	}

	@Test
	void aStateOfficeBeforeTheChairOfTheCouncilIsThePersonsTitle() {
		Person person = only("The session was chaired by the President of the Republic of Moldova, Chairman of the "
				+ "Collective Security Council I. Rusu. Ion Rusu spoke.");
		assertThat(person.name()).isEqualTo("Ion Rusu");
		assertThat(person.title().name()).isEqualTo("President");
		assertThat(person.country()).isEqualTo("MDA");
	}

	@Test
	void aLowerCaseTitleOpeningTheSentenceIntroducesTheNameAfterIt() {
		Person person = only("The CSTO met. The secretary general, Jan Berg, a former Moldovan minister, spoke.");
		assertThat(person.name()).isEqualTo("Jan Berg");
		assertThat(person.title().name()).isEqualTo("Secretary General");
		assertThat(person.organization()).isEqualTo("CSTO");
	}

	@Test
	void aBodyOfGovernmentBetweenCountryAndTitleKeepsTheCountry() {
		Person person = only("Moldovan Foreign Ministry spokeswoman Ana Popa said nothing.");
		assertThat(person.title().name()).isEqualTo("Spokesperson");
		assertThat(person.country()).isEqualTo("MDA");
		assertThat(only("State Department spokesman John Doe said nothing.").country()).isEqualTo("USA");
	}

	@Test
	void initialsAreNeverAPersonOfTheirOwnButTheFullNameGivenAnywhere() {
		People people = people("The session was attended by the President of the Republic of Moldova I.V. Rusu and "
				+ "the Secretary General of the CSTO A.Sh. Berg.\n\nPhoto: Ion Rusu and Aliya Berg.");
		assertThat(people.persons()).extracting(Person::name, Person::country, Person::organization)
			.containsExactly(tuple("Ion Rusu", "MDA", null), tuple("Aliya Berg", null, "CSTO"));
	}

	@Test
	void initialsOfAHyphenatedGivenNameAreTheFullNamedPerson() {
		People people = people("Moldovan President Ion-Victor Rusu arrived. The declaration was signed by I.-V. Rusu.");
		assertThat(people.persons()).extracting(Person::name).containsExactly("Ion-Victor Rusu");
		assertThat(people.spansOf(0)).hasSize(2);
	}

	@Test
	void aRespectivelyListGivesEachNameTheCountryAtItsPlace() {
		People people = people("The presidents of Moldova and Latvia, Ion Rusu and Anna Berzina, respectively, arrived "
				+ "first. The prime ministers of Estonia, Lithuania and Poland, Jaan Tamm and Dan Erdene, respectively, came "
				+ "later.");
		assertThat(people.persons()).extracting(Person::name, p -> p.title().name(), Person::country)
			.containsExactly(tuple("Ion Rusu", "President", "MDA"), tuple("Anna Berzina", "President", "LVA"));
	}

	@Test
	void aForeignSecretaryOfStateIsAnOfficialOfHisCountry() {
		Person person = only("U.S. Secretary of State John Doe criticised the bloc.");
		assertThat(person.title().name()).isEqualTo("Secretary of State");
		assertThat(person.country()).isEqualTo("USA");
	}

	@Test
	void initialsWithoutAFullNameAnywhereStayAsWritten() {
		assertThat(only("The President of the Republic of Moldova I.V. Rusu opened the session.").name())
			.isEqualTo("I.V. Rusu");
	}

	@Test
	void aWhoseClauseGivesTheCountryAndTheAllianceGivesItsOffice() {
		People people = people("Moldova, whose president, Ion Rusu, chaired the talks, said the alliance's secretary "
				+ "general, Aliya Berg, would report to the CSTO leaders. Latvia was represented by Anna Berzina, the country's acting prime "
				+ "minister.");
		assertThat(people.persons()).extracting(Person::name, p -> p.title().name(), Person::country,
				Person::organization)
			.containsExactly(tuple("Ion Rusu", "President", "MDA", null),
					tuple("Aliya Berg", "Secretary General", null, "CSTO"),
					tuple("Anna Berzina", "Acting Prime Minister", "LVA", null));
	}

	@Test
	void anOfficeTakenOnAsGoesToThePersonTheSentenceOpensWith() {
		Person person = only("Ion Rusu, a general who was deputy to the last chief, is running the CSTO secretariat "
				+ "as acting secretary general.");
		assertThat(person.name()).isEqualTo("Ion Rusu");
		assertThat(person.title().name()).isEqualTo("Acting Secretary General");
	}

}

package org.cstofacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cstofacts.extraction.Mentions.CountryMention;
import org.cstofacts.extraction.Mentions.OrganizationMention;
import org.junit.jupiter.api.Test;

class MentionFinderTest {

	private static Mentions mentions(String body) {
		return Stages.mentions(Stages.layout(Stages.article(body)));
	}

	@Test
	void findsCountriesByNameOfficialNameAndDemonym() {
		List<CountryMention> countries = mentions(
				"The Kyrgyz Republic, Moldova and the Russian Federation sent Belarusian and Uzbek envoys.")
			.countries();
		assertThat(countries).extracting(CountryMention::code).containsExactly("KGZ", "MDA", "RUS", "BLR", "UZB");
		assertThat(countries).extracting(CountryMention::official).containsExactly(true, false, true, false, false);
		assertThat(countries).extracting(CountryMention::demonym).containsExactly(false, false, false, true, true);
	}

	@Test
	void findsACountryMisspeltByOneLetter() {
		assertThat(mentions("Troops left Tajikistn and Uzbeksitan yesterday.").countries())
			.extracting(CountryMention::code)
			.containsExactly("TJK", "UZB");
	}

	@Test
	void aWordTwoEditsFromACountryIsNoCountry() {
		assertThat(mentions("Troops left Tajiksitn yesterday.").countries()).isEmpty();
	}

	@Test
	void doesNotTakeADemonymForAMisspeltCountry() {
		assertThat(mentions("The Armenian envoy and the Russians spoke.").countries())
			.extracting(CountryMention::code, CountryMention::demonym)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ARM", true));
	}

	@Test
	void findsOrganizationsWithBritishSpellingsOrgansAndDefinedAcronyms() {
		List<OrganizationMention> organizations = mentions("""
				The North Atlantic Treaty Organisation and the Collective Security Council met. \
				The Caspian Energy Forum (CEF) said the CEF would meet again.""").organizations();
		assertThat(organizations).extracting(OrganizationMention::acronym).containsExactly("NATO", "CSTO", "CEF",
				"CEF", "CEF");
		assertThat(organizations).extracting(OrganizationMention::form).containsExactly(
				"North Atlantic Treaty Organisation", "Collective Security Council", "Caspian Energy Forum", "CEF",
				"CEF");
		assertThat(organizations.get(1).organ()).isTrue();
	}

	@Test
	void aTreatyWithAnAcronymIsNotAnOrganization() {
		assertThat(mentions("The Open Skies Treaty (OST) was signed.").organizations()).isEmpty();
	}

	@Test
	void mainOrganizationIsTheOneNamedMost() {
		assertThat(mentions("NATO and the CSTO met. The CSTO agreed.").mainOrganization()).isEqualTo("CSTO");
	}

	@Test
	void findsCitiesTitlesAndDates() {
		Mentions mentions = mentions("The Prime Minister flew to Dushanbe on 4 March 2021.");
		assertThat(mentions.cities()).extracting(Mentions.CityMention::city).containsExactly("Dushanbe");
		assertThat(mentions.titles()).extracting(t -> t.title().name()).containsExactly("Prime Minister");
		assertThat(mentions.dates()).hasSize(1);
	}

	@Test
	void bylineAndCaptionsAreNotReadForMentions() {
		Mentions mentions = Stages.mentions(Stages.layout(
				"Headline\n\nMoldova Wire | March 3, 2023\n\nFrance spoke.\n\nA view of Rome. / Photo: © Agency\n"));
		assertThat(mentions.countries()).extracting(CountryMention::code).containsExactly("FRA");
	}

}

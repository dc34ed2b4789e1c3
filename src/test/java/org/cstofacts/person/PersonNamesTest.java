package org.cstofacts.person;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNamesTest {

	@Test
	void aSlugIsTheLowerCaseAsciiOfTheFullName() {
		assertThat(PersonNames.slug("Émile Dupont-Roy")).isEqualTo("emile-dupont-roy");
		assertThat(PersonNames.slug("  Anna   Example ")).isEqualTo("anna-example");
		assertThat(PersonNames.slug("Aliaksandr Łukašenka")).isEqualTo("aliaksandr-lukasenka");
	}

	@Test
	void aNameWithoutLatinLettersStillGetsASlug() {
		assertThat(PersonNames.slug("Анна")).matches("person-[a-z0-9]+");
	}

	@Test
	void namesOneLetterApartPerPartAreVariantsOfOneName() {
		assertThat(PersonNames.variants("Emil Rakhmonov", "Emil Rahmonov")).isTrue();
		assertThat(PersonNames.variants("Emil Rakhmonov", "emil rakhmonov")).isTrue();
		assertThat(PersonNames.variants("Aliaksandr Łukašenka", "Aliaksandr Lukashenka")).isTrue();
	}

	@Test
	void differentPeopleAreNotVariants() {
		assertThat(PersonNames.variants("Anna Example", "Boris Example")).isFalse();
		assertThat(PersonNames.variants("Anna Example", "Anna Examples Third")).isFalse();
		assertThat(PersonNames.variants("Anna Lee", "Anna Leo")).as("short parts must match exactly").isFalse();
		assertThat(PersonNames.variants("Anna Exampel", "Ana Exampl")).as("one part must be the same").isFalse();
	}

	@Test
	void withinOneEditCountsInsertionsDeletionsSubstitutionsAndSwapsAsTheExtractorDoes() {
		assertThat(PersonNames.withinOneEdit("rahmon", "rakhmon")).isTrue();
		assertThat(PersonNames.withinOneEdit("rakhmon", "rahmon")).isTrue();
		assertThat(PersonNames.withinOneEdit("japarov", "zhaparov")).isFalse();
		assertThat(PersonNames.withinOneEdit("sample", "simple")).isTrue();
		assertThat(PersonNames.withinOneEdit("sample", "sample")).isTrue();
		assertThat(PersonNames.withinOneEdit("sample", "ample")).isTrue();
		assertThat(PersonNames.withinOneEdit("sample", "smpl")).isFalse();
		assertThat(PersonNames.withinOneEdit("sample", "smaple")).as("a swap of neighbours is one edit").isTrue();
		assertThat(PersonNames.withinOneEdit("sample", "smalpe")).as("two swaps are two edits").isFalse();
	}

}

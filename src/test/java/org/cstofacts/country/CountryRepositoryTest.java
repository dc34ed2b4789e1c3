package org.cstofacts.country;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.cstofacts.extraction.Span;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
class CountryRepositoryTest {

	@Autowired
	private CountryRepository countries;

	private void claim(String code, String name, Long documentId, boolean member) {
		Country country = countries.findById(code).orElseGet(() -> new Country(code, code.substring(0, 2), name));
		country.claim(new CountryClaim(documentId, null, null, member, name), List.of(new Span(0, name.length())));
		countries.saveAndFlush(country);
	}

	@Test
	void aCountryIsAMemberWhenAnyArticleSaysSo() {
		claim("KAZ", "Kazakhstan", 1L, false);
		claim("KAZ", "Kazakhstan", 2L, true);
		claim("GEO", "Georgia", 1L, false);

		assertThat(countries.countByMemberTrue()).isOne();
		assertThat(countries.findById("KAZ").orElseThrow().isMember()).isTrue();
	}

	@Test
	void findsTheCountriesADocumentClaimsOnceEach() {
		claim("KAZ", "Kazakhstan", 1L, true);
		claim("KAZ", "Kazakhstan", 1L, true);
		claim("GEO", "Georgia", 2L, false);

		assertThat(countries.findClaimedBy(1L)).extracting(Country::getCode).containsExactly("KAZ");
	}

	@Test
	void forgettingTheOnlyArticleThatCalledItAMemberMakesItANonMember() {
		claim("KAZ", "Kazakhstan", 1L, false);
		claim("KAZ", "Kazakhstan", 2L, true);

		Country kazakhstan = countries.findById("KAZ").orElseThrow();
		assertThat(kazakhstan.forget(2L)).isTrue();
		assertThat(kazakhstan.isMember()).isFalse();
		assertThat(kazakhstan.getSources()).allSatisfy(source -> assertThat(source.documentId()).isEqualTo(1L));
	}

}

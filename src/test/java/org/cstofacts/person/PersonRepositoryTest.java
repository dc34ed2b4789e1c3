package org.cstofacts.person;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.cstofacts.extraction.Span;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
class PersonRepositoryTest {

	@Autowired
	private PersonRepository people;

	private Person person(String id, String name, String country, Long... documentIds) {
		Person person = new Person(id);
		for (Long documentId : documentIds) {
			person.claim(new PersonClaim(documentId, null, name, "President", country, null, "President", name),
					List.of(new Span(0, name.length())));
		}
		return people.saveAndFlush(person);
	}

	@Test
	void findsThePeopleADocumentClaims() {
		person("anna-example", "Anna Example", "KAZ", 1L, 2L);
		person("boris-sample", "Boris Sample", "ARM", 2L);

		assertThat(people.findClaimedBy(1L)).extracting(Person::getId).containsExactly("anna-example");
		assertThat(people.findClaimedBy(2L)).extracting(Person::getId)
			.containsExactlyInAnyOrder("anna-example", "boris-sample");
	}

	@Test
	void forgettingADocumentDeletesOnlyThePeopleNoOtherDocumentSupports() {
		person("anna-example", "Anna Example", "KAZ", 1L, 2L);
		person("boris-sample", "Boris Sample", "ARM", 2L);

		people.forget(2L);
		people.flush();

		assertThat(people.findAll()).extracting(Person::getId).containsExactly("anna-example");
		assertThat(people.findById("anna-example").orElseThrow().getSources())
			.allSatisfy(source -> assertThat(source.documentId()).isEqualTo(1L));
	}

	@Test
	void filtersByCountriesIgnoringCaseInOrderOfName() {
		person("anna-example", "Anna Example", "KAZ", 1L);
		person("boris-sample", "Boris Sample", "ARM", 1L);
		person("carl-third", "Carl Third", "BLR", 1L);
		person("aaron-first", "Aaron First", "kaz", 1L);

		assertThat(people.findByCountries(List.of("KAZ", "ARM"))).extracting(Person::getId)
			.containsExactly("aaron-first", "anna-example", "boris-sample");
		assertThat(people.findAll(Pageable.ofSize(1)).getTotalElements()).isEqualTo(4);
	}

}

package org.cstofacts.person;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.cstofacts.extraction.ArticleFacts.PersonFact;
import org.cstofacts.extraction.Span;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The person module with only what it uses (the kernel, the statements): two articles spelling one name two ways
 * make one person, whose values come from the more recent article, whichever is stored first.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, webEnvironment = WebEnvironment.NONE)
// The readiness group names the database module's health check, which a module test leaves out.
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
@Transactional
class PersonModuleTest {

	private static final LocalDateTime EARLIER = LocalDateTime.parse("2020-05-01T10:00");

	private static final LocalDateTime LATER = LocalDateTime.parse("2021-05-01T10:00");

	@Autowired
	private PersonMerger merger;

	@Autowired
	private PersonService people;

	@Autowired
	private EntityManager entityManager;

	/** The events, which name who took part, are a module above this one. */
	@MockitoBean
	private Attendance attendance;

	@Test
	void twoSpellingsOfOneNameAreOnePersonServedFromTheMoreRecentArticle() {
		given(attendance.of(List.of("aliaksandr-lukashenka"))).willReturn(Map.of("aliaksandr-lukashenka", List.of(5L)));

		merger.merge(2L, LATER, List.of(person("Aliaksandr Lukashenka", "President")));
		storedAndForgotten();
		merger.merge(1L, EARLIER, List.of(person("Aliaksandr Łukašenka", "Chairman")));
		storedAndForgotten();

		PersonDto person = people.get("aliaksandr-lukashenka");
		assertThat(person.name()).isEqualTo("Aliaksandr Lukashenka");
		assertThat(person.title()).as("from the more recent article, stored first").isEqualTo("President");
		assertThat(person.aliases()).containsExactly("Aliaksandr Lukashenka", "Aliaksandr Łukašenka");
		assertThat(person.attended()).containsExactly(5L);
		assertThat(people.list(null, null, "lukasenka", Pageable.unpaged())).extracting(PersonDto::id)
			.containsExactly("aliaksandr-lukashenka");
	}

	/** The second article then appends its claim to a stored person, as an ingest does. */
	private void storedAndForgotten() {
		entityManager.flush();
		entityManager.clear();
	}

	private static PersonFact person(String name, String title) {
		return new PersonFact(name, title, "BLR", null, List.of(title), List.of(), List.of(new Span(0, name.length())));
	}

}

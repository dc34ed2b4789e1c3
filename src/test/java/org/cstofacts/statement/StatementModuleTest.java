package org.cstofacts.statement;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.cstofacts.extraction.ArticleFacts;
import org.cstofacts.extraction.ArticleFacts.CountryFact;
import org.cstofacts.extraction.ArticleFacts.Metadata;
import org.cstofacts.extraction.ArticleFacts.OrganizationFact;
import org.cstofacts.extraction.ArticleFacts.Speaker;
import org.cstofacts.extraction.ArticleFacts.SpeakerType;
import org.cstofacts.extraction.ArticleFacts.StatementFact;
import org.cstofacts.extraction.ArticleFacts.StatementKind;
import org.cstofacts.extraction.Span;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statement module on its own, without the ingest or the other fact modules: what the ingest hands it is stored
 * and served through its API, each speaker under the id the other modules serve it by.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.NONE)
// The readiness group names the database module's health check, which a module test leaves out.
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
@Transactional
class StatementModuleTest {

	@Autowired
	private StatementStore store;

	@Autowired
	private StatementService statements;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anArticlesStatementsAreServedUnderTheIdsOfTheirSpeakersAndFoundByTheirFoldedWords() {
		jdbc.sql("insert into document (id, content_sha256, body, extractor_version, stored_at, country_count, "
				+ "organization_count, person_count, event_count, statement_count) "
				+ "values (7, ?, 'Title', '1', current_timestamp, 0, 0, 0, 0, 0)")
			.param("7".repeat(64))
			.update();
		ArticleFacts facts = new ArticleFacts(new Metadata("Title", null, null, null, null), List.of(),
				List.of(new CountryFact("kaz", "KZ", "Kazakhstan", null, List.of(), true, List.of())),
				List.of(new OrganizationFact("CSTO", "Collective Security Treaty Organization", List.of(), List.of())),
				List.of(), List.of(),
				List.of(said("We met in Łódź.", SpeakerType.PERSON, "Anna Example"),
						said("The treaty holds.", SpeakerType.ORGANIZATION, "CSTO"),
						said("We agree.", SpeakerType.COUNTRY, "kaz"), said("Nobody said this.", null, null)));

		int stored = store.store(7L, facts, name -> name.equals("Anna Example") ? "anna-example" : null);

		assertThat(stored).as("a statement without a speaker is left out").isEqualTo(3);
		assertThat(statements.list(null, null, null, null, Pageable.unpaged()))
			.extracting(statement -> statement.speaker().id() + " " + statement.speaker().name())
			.containsExactlyInAnyOrder("anna-example Anna Example", "CSTO Collective Security Treaty Organization",
					"KAZ Kazakhstan");
		assertThat(statements.list(null, null, null, "LODZ", Pageable.unpaged()))
			.extracting(StatementDto::text)
			.containsExactly("We met in Łódź.");
		assertThat(statements.countByPeople(List.of("anna-example", "nobody"))).containsExactly(Map.entry("anna-example", 1L));
	}

	private static StatementFact said(String text, SpeakerType type, String speaker) {
		return new StatementFact(text, StatementKind.QUOTE, type == null ? null : new Speaker(type, speaker), null,
				new Span(0, text.length()));
	}

}

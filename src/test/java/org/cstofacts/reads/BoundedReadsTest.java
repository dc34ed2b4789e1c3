package org.cstofacts.reads;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.cstofacts.extraction.ArticleFacts.DatePrecision;
import org.cstofacts.extraction.ArticleFacts.EventType;
import org.cstofacts.ingest.DocumentIngestService;
import org.cstofacts.ingest.ScriptedExtractor;
import org.cstofacts.ingest.TestArticle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reads ask the database a number of statements that does not grow with what is stored: the pages, details and
 * searches of a store of three people and ten times as many issue as many SQL statements (Hibernate's statistics).
 */
@SpringBootTest(properties = { "csto.data-dir=target/no-articles", "csto.response-cache.enabled=false",
		"spring.jpa.properties.hibernate.generate_statistics=true" })
@AutoConfigureMockMvc
@Import(ScriptedExtractor.Configuration.class)
class BoundedReadsTest {

	/**
	 * Every read whose statements must not depend on the number of stored facts; all find something. Pages are full
	 * in both stores, as a page that is not full is counted without asking the database.
	 */
	private static final List<String> READS = List.of("/api/people?size=2", "/api/people?q=envoy&size=2",
			"/api/people/envoy-ab", "/api/people/envoy-ab/statements", "/api/search?q=envoy&size=2",
			"/api/search?q=alliance", "/api/search?q=envoy%20ab", "/api/conflicts", "/api/countries",
			"/api/member-states", "/api/member-states/ARM", "/api/events?size=1", "/api/events/1", "/api/summits",
			"/api/summits/1", "/api/statements?size=1", "/api/statements?q=alliance&size=1");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ScriptedExtractor extractor;

	@Autowired
	private DocumentIngestService ingest;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void readsIssueAsManyStatementsForThirtyPeopleAsForThree() throws Exception {
		store(0);
		// A second account of the first summit that gives its first envoy another title: a conflict.
		ingest.ingest(extractor.script(TestArticle.of("Envoys Meet Again", "Ambassador Envoy Ab of Armenia met the others in City Ab.")
			.published(LocalDateTime.of(2020, 1, 2, 12, 0))
			.country("ARM", "AM", "Armenia", true)
			.person("Envoy Ab", "Ambassador", "ARM", null)
			.event(EventType.SUMMIT, LocalDate.of(2020, 1, 1), DatePrecision.DAY, "City Ab", "Envoy Ab")), "again.txt");
		Map<String, Long> threePeople = statementsOfEachRead();

		for (int article = 1; article < 10; article++) {
			store(article);
		}
		Map<String, Long> thirtyPeople = statementsOfEachRead();

		assertThat(mvc.perform(get("/api/people?size=100")).andReturn().getResponse().getContentAsString())
			.contains("envoy-bf");
		assertThat(thirtyPeople).isEqualTo(threePeople);
	}

	/** An article of three envoys of Armenia at a summit of their own, one of them quoted. */
	private void store(int article) {
		List<String> envoys = List.of(0, 1, 2).stream().map(envoy -> "Envoy " + word(article * 3 + envoy)).toList();
		String city = "City " + word(article);
		TestArticle text = TestArticle
			.of("Envoys Meet " + article, String.join(", ", envoys) + " of Armenia met in " + city + ".",
					envoys.get(0) + " said that “the alliance holds " + word(article) + "”.")
			.published(LocalDateTime.of(2020, 1, 1 + article, 12, 0))
			.country("ARM", "AM", "Armenia", true);
		envoys.forEach(envoy -> text.person(envoy, "President", "ARM", null));
		text.event(EventType.SUMMIT, LocalDate.of(2020, 1, 1 + article), DatePrecision.DAY, city,
				envoys.toArray(String[]::new))
			.quote("the alliance holds " + word(article), envoys.get(0), null);
		ingest.ingest(extractor.script(text), "envoys-" + article + ".txt");
	}

	/** Two letters for a number, so that names are words: 0 is "ab", 1 "ac", 29 "bf". */
	private static String word(int number) {
		return "" + (char) ('a' + number / 25) + (char) ('b' + number % 25);
	}

	private Map<String, Long> statementsOfEachRead() throws Exception {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		Map<String, Long> statements = new LinkedHashMap<>();
		for (String read : READS) {
			statistics.clear();
			mvc.perform(get(read)).andExpect(status().isOk());
			statements.put(read, statistics.getPrepareStatementCount());
		}
		return statements;
	}

}

package org.cstofacts;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
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

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every collection end to end: two articles stored through the ingest, read back through HTTP. */
@SpringBootTest(properties = "csto.data-dir=target/no-articles")
@AutoConfigureMockMvc
@Import(ScriptedExtractor.Configuration.class)
class ReadApiTest {

	static final TestArticle MINSK = TestArticle
		.of("Council Meets in Minsk", "President Anna Exämple of Belarus hosted President Boris Sample of Armenia "
				+ "and CSTO Secretary General Carl Third in Minsk on November 30, 2017; Georgia watched.",
				"Security", "Exämple said that “the alliance grows stronger every year”.")
		.published(LocalDateTime.of(2017, 11, 30, 18, 0))
		.country("BLR", "BY", "Belarus", true)
		.country("ARM", "AM", "Armenia", true)
		.country("GEO", "GE", "Georgia", false)
		.organization("CSTO", "Collective Security Treaty Organization")
		.person("Anna Exämple", "President", "BLR", null)
		.person("Boris Sample", "President", "ARM", null)
		.person("Carl Third", "Secretary General", null, "CSTO")
		.event(EventType.SUMMIT, LocalDate.of(2017, 11, 30), DatePrecision.DAY, "Minsk", "Boris Sample", "Anna Exämple",
				"Carl Third")
		.quote("the alliance grows stronger every year", "Anna Exämple", "Security");

	static final TestArticle TASHKENT = TestArticle
		.of("Treaty Anniversary", "The treaty was signed in Tashkent in May 1992, Boris Sample of Armenia recalled.",
				"Sample said that “the treaty still binds us”.")
		.published(LocalDateTime.of(2022, 5, 17, 21, 50))
		.country("ARM", "AM", "Armenia", true)
		.person("Boris Sample", "President", "ARM", null)
		.event(EventType.TREATY_SIGNED, LocalDate.of(1992, 5, 1), DatePrecision.MONTH, "Tashkent")
		.quote("the treaty still binds us", "Boris Sample", null);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ScriptedExtractor extractor;

	@Autowired
	private DocumentIngestService ingest;

	@BeforeEach
	void storeTheArticles() {
		ingest.ingest(extractor.script(MINSK), "minsk.txt");
		ingest.ingest(extractor.script(TASHKENT), "tashkent.txt");
	}

	@Test
	void theIndexCountsEveryCollectionAndLinksToItAndTheDocs() throws Exception {
		mvc.perform(get("/api"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counts.documents").value(2))
			.andExpect(jsonPath("$.counts.countries").value(3))
			.andExpect(jsonPath("$.counts.memberStates").value(2))
			.andExpect(jsonPath("$.counts.people").value(3))
			.andExpect(jsonPath("$.counts.events").value(2))
			.andExpect(jsonPath("$.counts.summits").value(1))
			.andExpect(jsonPath("$.counts.statements").value(2))
			.andExpect(jsonPath("$.links.people").value("/api/people"))
			.andExpect(jsonPath("$.links.openapi").value("/v3/api-docs"));
	}

	@Test
	void documentsAreListedWithoutTextAndServedWithIt() throws Exception {
		mvc.perform(get("/api/documents"))
			.andExpect(jsonPath("$.content[0].title").value("Council Meets in Minsk"))
			.andExpect(jsonPath("$.content[0]", not(hasKey("text"))))
			.andExpect(jsonPath("$.content[0].factCounts.people").value(3))
			.andExpect(jsonPath("$.page.totalElements").value(2));
		mvc.perform(get("/api/documents/1"))
			.andExpect(jsonPath("$.text").value(MINSK.text()))
			.andExpect(jsonPath("$.publishedAt").value("2017-11-30T18:00:00"))
			.andExpect(jsonPath("$.sections").isArray());
	}

	@Test
	void countriesFilterByMembershipAndWords() throws Exception {
		mvc.perform(get("/api/countries").param("member", "true"))
			.andExpect(jsonPath("$.content[*].code", contains("ARM", "BLR")));
		mvc.perform(get("/api/countries").param("member", "false"))
			.andExpect(jsonPath("$.content[*].code", contains("GEO")));
		mvc.perform(get("/api/countries").param("q", "GEORGIA"))
			.andExpect(jsonPath("$.content[*].code", contains("GEO")))
			.andExpect(jsonPath("$.content[0].sources[0].start").value(MINSK.spans("Georgia").get(0).start()));
		mvc.perform(get("/api/countries").param("member", "maybe")).andExpect(status().isBadRequest());
	}

	@Test
	void memberStatesCarryTheirLeadersWhateverTheCaseOfTheCode() throws Exception {
		mvc.perform(get("/api/member-states")).andExpect(jsonPath("$.content[*].code", contains("ARM", "BLR")));
		mvc.perform(get("/api/member-states/blr"))
			.andExpect(jsonPath("$.code").value("BLR"))
			.andExpect(jsonPath("$.member").value(true))
			.andExpect(jsonPath("$.leaders[0].id").value("anna-example"))
			.andExpect(jsonPath("$.leaders[0].title").value("President"));
		mvc.perform(get("/api/member-states/GEO")).andExpect(status().isNotFound());
	}

	@Test
	void peopleFilterByCountryOrganizationAndAccentlessWords() throws Exception {
		mvc.perform(get("/api/people").param("country", "arm")).andExpect(jsonPath("$.content[*].id", contains("boris-sample")));
		mvc.perform(get("/api/people").param("organization", "csto")).andExpect(jsonPath("$.content[*].id", contains("carl-third")));
		mvc.perform(get("/api/people").param("q", "example"))
			.andExpect(jsonPath("$.content[*].id", contains("anna-example")));
		mvc.perform(get("/api/people/boris-sample"))
			.andExpect(jsonPath("$.statementCount").value(1))
			.andExpect(jsonPath("$.attended.length()").value(1))
			.andExpect(jsonPath("$.sources[*].documentId", hasItem(2)));
		mvc.perform(get("/api/people/boris-sample/statements"))
			.andExpect(jsonPath("$.content[*].text", contains("the treaty still binds us")));
		mvc.perform(get("/api/people/nobody/statements")).andExpect(status().isNotFound());
	}

	@Test
	void eventsFilterByTypeAndInclusiveDatesInDateOrder() throws Exception {
		mvc.perform(get("/api/events")).andExpect(jsonPath("$.content[*].date", contains("1992-05", "2017-11-30")));
		mvc.perform(get("/api/events").param("sort", "date,desc"))
			.andExpect(jsonPath("$.content[*].date", contains("2017-11-30", "1992-05")));
		mvc.perform(get("/api/events").param("type", "summit")).andExpect(jsonPath("$.content[*].place", contains("Minsk")));
		mvc.perform(get("/api/events").param("from", "2017-11-30").param("to", "2017-11-30"))
			.andExpect(jsonPath("$.content[*].place", contains("Minsk")));
		mvc.perform(get("/api/events").param("type", "PICNIC")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("type"));
	}

	@Test
	void summitsExpandTheirAttendeesInTheOrderTheArticleNamesThem() throws Exception {
		mvc.perform(get("/api/summits"))
			.andExpect(jsonPath("$.content[0].type").value("SUMMIT"))
			.andExpect(jsonPath("$.content[0].attendees[*].id", contains("boris-sample", "anna-example", "carl-third")))
			.andExpect(jsonPath("$.content[0].attendees[0].country").value("ARM"))
			.andExpect(jsonPath("$.content[0].statementCount").value(1));
	}

	@Test
	void theTimelineIsEveryEventInDateOrder() throws Exception {
		mvc.perform(get("/api/timeline")).andExpect(jsonPath("$[*].place", contains("Tashkent", "Minsk")));
	}

	@Test
	void statementsFilterBySpeakerKindTopicAndWords() throws Exception {
		mvc.perform(get("/api/statements").param("speaker", "anna-example"))
			.andExpect(jsonPath("$.content[*].speaker.name", contains("Anna Exämple")));
		mvc.perform(get("/api/statements").param("kind", "QUOTE")).andExpect(jsonPath("$.page.totalElements").value(2));
		mvc.perform(get("/api/statements").param("kind", "REPORTED")).andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(get("/api/statements").param("topic", "security"))
			.andExpect(jsonPath("$.content[*].documentId", contains(1)));
		mvc.perform(get("/api/statements").param("q", "TREATY Binds"))
			.andExpect(jsonPath("$.content[*].text", contains("the treaty still binds us")))
			.andExpect(jsonPath("$.content[0].span.start").value(TASHKENT.spans("the treaty still binds us").get(0).start()));
	}

	@Test
	void searchRanksAnExactNameFirstAndIgnoresAccents() throws Exception {
		mvc.perform(get("/api/search").param("q", "anna example"))
			.andExpect(jsonPath("$.content[0].type").value("PERSON"))
			.andExpect(jsonPath("$.content[0].id").value("anna-example"))
			.andExpect(jsonPath("$.content[0].score").value(100));
		mvc.perform(get("/api/search").param("q", "treaty"))
			.andExpect(jsonPath("$.content[?(@.type == 'STATEMENT')].snippet", hasItem("the treaty still binds us")));
		mvc.perform(get("/api/search").param("q", "BLR"))
			.andExpect(jsonPath("$.content[0].type").value("COUNTRY"))
			.andExpect(jsonPath("$.content[0].score").value(100))
			.andExpect(jsonPath("$.content[0].href").value("/api/member-states/BLR"));
		mvc.perform(get("/api/search").param("q", "georg"))
			.andExpect(jsonPath("$.content[0].score").value(60))
			.andExpect(jsonPath("$.content[0].href").value("/api/countries?q=GEO"));
		mvc.perform(get("/api/search").param("q", " ")).andExpect(status().isBadRequest());
	}

	@Test
	void exportGivesJsonLdWithSchemaOrgTypesAndCsvPerCollection() throws Exception {
		mvc.perform(get("/api/export").accept("application/ld+json"))
			.andExpect(content().contentTypeCompatibleWith("application/ld+json"))
			.andExpect(jsonPath("$['@context']['@vocab']").value("https://schema.org/"))
			.andExpect(jsonPath("$['@graph'][?(@['@type'] == 'Person')].jobTitle", hasItem("Secretary General")))
			.andExpect(jsonPath("$['@graph'][?(@['@type'] == 'Quotation')].text", hasItem("the treaty still binds us")))
			.andExpect(jsonPath("$['@graph'][?(@['@type'] == 'Event')].startDate", hasItem("2017-11-30")));
		mvc.perform(get("/api/export").param("collection", "people").accept("text/csv"))
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(containsString("anna-example,Anna Exämple,President,BLR")));
		mvc.perform(get("/api/export").param("collection", "nothing").accept("text/csv"))
			.andExpect(status().isBadRequest());
	}

}

package org.cstofacts.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.cstofacts.conflict.ConflictDto;
import org.cstofacts.conflict.ConflictService;
import org.cstofacts.country.CountryService;
import org.cstofacts.document.DocumentService;
import org.cstofacts.event.EventDto;
import org.cstofacts.event.EventService;
import org.cstofacts.extraction.ArticleFacts.DatePrecision;
import org.cstofacts.extraction.ArticleFacts.EventType;
import org.cstofacts.kernel.claim.SourceDto;
import org.cstofacts.kernel.web.ResourceNotFoundException;
import org.cstofacts.person.PersonDto;
import org.cstofacts.person.PersonService;
import org.cstofacts.statement.StatementStore;
import org.cstofacts.statement.StatementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "csto.data-dir=target/no-articles")
@Import(ScriptedExtractor.Configuration.class)
class DocumentIngestServiceTest {

	static final TestArticle ASTANA = TestArticle
		.of("Leaders Meet in Astana", "Prime Minister Anna Example of Kazakhstan received CSTO Secretary General "
				+ "Boris Sample in Astana on March 13, 2023.", "Example said that “our borders are a common task”.")
		.published(LocalDateTime.of(2023, 3, 14, 9, 30))
		.country("KAZ", "KZ", "Kazakhstan", true)
		.organization("CSTO", "Collective Security Treaty Organization")
		.person("Anna Example", "Prime Minister", "KAZ", null)
		.person("Boris Sample", "Secretary General", null, "CSTO")
		.event(EventType.SUMMIT, LocalDate.of(2023, 3, 13), DatePrecision.DAY, "Astana", "Anna Example", "Boris Sample")
		.quote("our borders are a common task", "Anna Example", null);

	static final TestArticle YEREVAN = TestArticle
		.of("Talks Continue in Yerevan", "President Anna Example and Boris Sample met in Yerevan, Armenia, on "
				+ "April 3, 2023, recalling their talks in Astana on March 13, 2023.",
				"Sample said that “the talks will go on”.")
		.published(LocalDateTime.of(2023, 4, 4, 14, 10))
		.country("ARM", "AM", "Armenia", false)
		.person("Anna Example", "President", "KAZ", null)
		.person("Boris Sample", "Secretary General", null, "CSTO")
		.event(EventType.SUMMIT, LocalDate.of(2023, 3, 13), DatePrecision.DAY, "Astana", "Anna Example", "Boris Sample")
		.quote("the talks will go on", "Boris Sample", null);

	@Autowired
	private DocumentIngestService ingest;

	@Autowired
	private ScriptedExtractor extractor;

	@Autowired
	private DocumentService documents;

	@Autowired
	private CountryService countries;

	@Autowired
	private PersonService people;

	@Autowired
	private EventService events;

	@Autowired
	private StatementService statements;

	@Autowired
	private ConflictService conflicts;

	@MockitoSpyBean
	private StatementStore statementFacts;

	@AfterEach
	void deleteEveryDocument() {
		documents.list(Pageable.unpaged()).forEach(document -> ingest.delete(document.id()));
		extractor.forgetScripts();
		extractor.setVersion("scripted-1");
	}

	@Test
	void peopleInTwoArticlesAreOneResourceWhoseSourcesListBoth() {
		Long astana = ingest.ingest(extractor.script(ASTANA), "astana.txt").document().id();
		Long yerevan = ingest.ingest(extractor.script(YEREVAN), "yerevan.txt").document().id();

		PersonDto anna = people.get("anna-example");
		assertThat(anna.sources()).extracting(SourceDto::documentId).containsOnly(astana, yerevan);
		assertThat(anna.roles()).containsExactly("Prime Minister", "President");
		assertThat(people.count()).isEqualTo(2);
		assertThat(events.timeline()).singleElement()
			.satisfies(event -> assertThat(event.sources()).extracting(SourceDto::documentId).contains(astana, yerevan));
		assertThat(statements.count()).isEqualTo(2);
	}

	@Test
	void theMostRecentArticleGivesThePrimaryValueAndTheDisagreementIsListed() {
		ingest.ingest(extractor.script(YEREVAN), "yerevan.txt");
		ingest.ingest(extractor.script(ASTANA), "astana.txt");

		assertThat(people.get("anna-example").title()).isEqualTo("President");
		List<ConflictDto> listed = conflicts.list(Pageable.unpaged()).getContent();
		assertThat(listed).singleElement().satisfies(conflict -> {
			assertThat(conflict.id()).isEqualTo("anna-example");
			assertThat(conflict.field()).isEqualTo("title");
			assertThat(conflict.primary()).isEqualTo("President");
			assertThat(conflict.values()).extracting(ConflictDto.Value::value)
				.containsExactlyInAnyOrder("Prime Minister", "President");
			assertThat(conflict.values()).allSatisfy(value -> assertThat(value.sources()).isNotEmpty());
		});
	}

	@Test
	void aMoreRecentArticleArrivingLastGivesThePrimaryValueWithoutLosingTheEarlierClaims() {
		Long astana = ingest.ingest(extractor.script(ASTANA), "astana.txt").document().id();
		Long yerevan = ingest.ingest(extractor.script(YEREVAN), "yerevan.txt").document().id();

		PersonDto anna = people.get("anna-example");
		assertThat(anna.title()).isEqualTo("President");
		assertThat(anna.sources()).extracting(SourceDto::documentId).contains(astana, yerevan);
		assertThat(conflicts.list(Pageable.unpaged()).getContent()).singleElement()
			.satisfies(conflict -> assertThat(conflict.primary()).isEqualTo("President"));
	}

	@Test
	void deletingAnArticleRemovesOnlyWhatNoOtherArticleSupports() {
		Long astana = ingest.ingest(extractor.script(ASTANA), "astana.txt").document().id();
		Long yerevan = ingest.ingest(extractor.script(YEREVAN), "yerevan.txt").document().id();

		ingest.delete(yerevan);

		PersonDto anna = people.get("anna-example");
		assertThat(anna.sources()).extracting(SourceDto::documentId).containsOnly(astana);
		assertThat(anna.title()).isEqualTo("Prime Minister");
		assertThat(countries.list(null, null, Pageable.unpaged())).extracting(country -> country.code())
			.containsExactly("KAZ");
		assertThat(statements.count()).isEqualTo(1);
		assertThat(events.timeline()).singleElement()
			.satisfies(event -> assertThat(event.sources()).extracting(SourceDto::documentId).containsOnly(astana));

		ingest.delete(astana);

		assertThat(people.count()).isZero();
		assertThat(countries.count()).isZero();
		assertThat(events.count()).isZero();
		assertThat(statements.count()).isZero();
		assertThatThrownBy(() -> documents.get(astana)).isInstanceOf(ResourceNotFoundException.class);
	}

	@Test
	void spellingVariantsOfANameAreOnePersonWithBothAsAliases() {
		ingest.ingest(extractor.script(TestArticle.of("First", "President Emil Rakhmonov spoke.")
			.person("Emil Rakhmonov", "President", "TJK", null)), "first.txt");
		ingest.ingest(extractor.script(TestArticle.of("Second", "President Emil Rahmonov spoke again.")
			.person("Emil Rahmonov", "President", "TJK", null)), "second.txt");

		assertThat(people.count()).isOne();
		assertThat(people.get("emil-rakhmonov").aliases()).contains("Emil Rakhmonov", "Emil Rahmonov");
	}

	@Test
	void theSameTextIsStoredOnce() {
		String text = extractor.script(ASTANA);
		IngestResult first = ingest.ingest(text, "astana.txt");
		IngestResult again = ingest.ingest(text, "copy.txt");

		assertThat(first.created()).isTrue();
		assertThat(again.created()).isFalse();
		assertThat(again.document().id()).isEqualTo(first.document().id());
		assertThat(documents.count()).isOne();
		assertThat(statements.count()).isOne();
	}

	@Test
	void anIngestFailingMidwayLeavesNothingBehind() {
		doThrow(new IllegalStateException("disk full")).when(statementFacts).store(any(), any(), any());

		assertThatThrownBy(() -> ingest.ingest(extractor.script(ASTANA), "astana.txt"))
			.hasMessageContaining("disk full");

		assertThat(documents.count()).isZero();
		assertThat(countries.count()).isZero();
		assertThat(people.count()).isZero();
		assertThat(events.count()).isZero();
		assertThat(statements.count()).isZero();
	}

	@Test
	void eightConcurrentIdenticalIngestsStoreOneDocument() throws Exception {
		String text = extractor.script(ASTANA);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Callable<IngestResult>> posts = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			posts.add(() -> ingest.ingest(text, "astana.txt"));
		}
		List<IngestResult> results = new ArrayList<>();
		try {
			for (Future<IngestResult> result : pool.invokeAll(posts)) {
				results.add(result.get());
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(results).filteredOn(IngestResult::created).hasSize(1);
		assertThat(results).extracting(result -> result.document().id()).containsOnly(results.get(0).document().id());
		assertThat(documents.count()).isOne();
		assertThat(people.count()).isEqualTo(2);
	}

	@Test
	void factsAreReadAgainWhenTheExtractorVersionChanges() {
		TestArticle before = TestArticle.of("Leaders Meet", "Anna Example met Boris Sample.")
			.person("Anna Example", "Prime Minister", null, null);
		Long id = ingest.ingest(extractor.script(before), "meet.txt").document().id();
		assertThat(people.count()).isOne();

		extractor.script(TestArticle.of("Leaders Meet", "Anna Example met Boris Sample.")
			.person("Anna Example", "Prime Minister", null, null)
			.person("Boris Sample", "Secretary General", null, null));
		extractor.setVersion("scripted-2");

		assertThat(ingest.rebuildStale()).isOne();
		assertThat(ingest.rebuildStale()).isZero();
		assertThat(people.count()).isEqualTo(2);
		assertThat(people.get("anna-example").sources()).extracting(SourceDto::documentId).containsOnly(id);
		assertThat(documents.get(id).summary().extractorVersion()).isEqualTo("scripted-2");
		assertThat(documents.get(id).summary().factCounts().people()).isEqualTo(2);
	}

	@Test
	void anotherCityForTheSameSummitIsOneEventWhosePlaceIsInDispute() {
		ingest.ingest(extractor.script(ASTANA), "astana.txt");
		ingest.ingest(extractor.script(TestArticle.of("Summit Report", "The summit of March 13, 2023 met in Almaty.")
			.published(LocalDateTime.of(2023, 3, 20, 8, 0))
			.event(EventType.SUMMIT, LocalDate.of(2023, 3, 13), DatePrecision.DAY, "Almaty")), "almaty.txt");

		assertThat(events.timeline()).singleElement().satisfies(event -> assertThat(event.place()).isEqualTo("Almaty"));
		assertThat(conflicts.list(Pageable.unpaged()).getContent()).singleElement().satisfies(conflict -> {
			assertThat(conflict.type()).isEqualTo("EVENT");
			assertThat(conflict.field()).isEqualTo("place");
			assertThat(conflict.values()).extracting(ConflictDto.Value::value).containsExactly("Astana", "Almaty");
			assertThat(conflict.values()).filteredOn(ConflictDto.Value::primary)
				.extracting(ConflictDto.Value::value)
				.containsExactly("Almaty");
		});
	}

	@Test
	void eventsWithTheSameTypeDateAndPlaceAreOneEvent() {
		ingest.ingest(extractor.script(ASTANA), "astana.txt");
		ingest.ingest(extractor.script(YEREVAN), "yerevan.txt");

		List<EventDto> timeline = events.timeline();
		assertThat(timeline).singleElement().satisfies(event -> {
			assertThat(event.date()).isEqualTo("2023-03-13");
			assertThat(event.place()).isEqualTo("Astana");
			assertThat(event.participants()).containsExactlyInAnyOrder("anna-example", "boris-sample");
		});
		assertThat(people.get("boris-sample").attended()).containsExactly(timeline.get(0).id());
	}

}

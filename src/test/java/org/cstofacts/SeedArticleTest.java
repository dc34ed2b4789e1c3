package org.cstofacts;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.cstofacts.country.CountryService;
import org.cstofacts.document.DocumentDetail;
import org.cstofacts.document.DocumentService;
import org.cstofacts.event.EventService;
import org.cstofacts.kernel.claim.SourceDto;
import org.cstofacts.person.PersonService;
import org.cstofacts.statement.StatementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as shipped: the real extractor reads the seed article of {@code data/} on start. What it reads is
 * the extractor's tests' business; here every collection is served and every source points into the text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SeedArticleTest {

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

	@Test
	void theSeedIsLoadedOnStartWithFactsInEveryCollection() {
		assertThat(documents.count()).isOne();
		assertThat(countries.countMembers()).isPositive();
		assertThat(people.count()).isPositive();
		assertThat(events.count()).isPositive();
		assertThat(statements.count()).isPositive();
	}

	@Test
	void everySourceHoldsWordsOfTheStoredText() {
		DocumentDetail seed = documents.get(documents.list(Pageable.unpaged()).getContent().get(0).id());
		List<SourceDto> sources = new java.util.ArrayList<>();
		countries.list(null, null, Pageable.unpaged()).forEach(country -> sources.addAll(country.sources()));
		people.list(null, null, null, Pageable.unpaged()).forEach(person -> sources.addAll(person.sources()));
		events.timeline().forEach(event -> sources.addAll(event.sources()));

		assertThat(sources).isNotEmpty().allSatisfy(source -> {
			assertThat(source.documentId()).isEqualTo(seed.summary().id());
			assertThat(seed.text().substring(source.start(), source.end())).isNotBlank();
		});
	}

	@Test
	void everyStatementSpanHoldsItsWords() {
		String text = documents.get(documents.list(Pageable.unpaged()).getContent().get(0).id()).text();
		assertThat(statements.list(null, null, null, null, Pageable.unpaged()))
			.allSatisfy(statement -> assertThat(text.substring(statement.span().start(), statement.span().end()))
				.isEqualTo(statement.text()));
	}

}

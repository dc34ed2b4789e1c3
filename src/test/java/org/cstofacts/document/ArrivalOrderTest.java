package org.cstofacts.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.cstofacts.country.CountryRepository;
import org.cstofacts.event.EventRepository;
import org.cstofacts.organization.OrganizationRepository;
import org.cstofacts.person.PersonRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served facts do not depend on the order the articles arrive in. Articles arriving as they were published
 * take the path that appends each claim without reading the stored ones ({@link FactWriter}); the same articles
 * arriving newest first take the path that computes the values from all claims.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "csto.data-dir=target/no-articles")
@DirtiesContext
class ArrivalOrderTest {

	@Autowired
	private DocumentIngestService ingest;

	@Autowired
	private DocumentRepository documents;

	@Autowired
	private CountryRepository countries;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private PersonRepository people;

	@Autowired
	private EventRepository events;

	@Autowired
	private TransactionTemplate transaction;

	@Test
	void articlesArrivingAsPublishedServeTheSameFactsAsTheSameArticlesArrivingNewestFirst() throws IOException {
		List<Path> articles = articlesInPublicationOrder();

		articles.forEach(this::ingest);
		List<String> asPublished = servedFacts();
		documents.findAll().forEach(document -> ingest.delete(document.getId()));
		assertThat(servedFacts()).isEmpty();
		List<Path> newestFirstOrder = new ArrayList<>(articles);
		Collections.reverse(newestFirstOrder);
		newestFirstOrder.forEach(this::ingest);
		List<String> newestFirst = servedFacts();

		assertThat(asPublished).hasSizeGreaterThan(articles.size());
		assertThat(newestFirst).isEqualTo(asPublished);
	}

	private static List<Path> articlesInPublicationOrder() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/articles"))) {
			return files.filter(file -> file.toString().endsWith(".txt"))
				.sorted(Comparator.comparing(file -> file.getFileName().toString().replaceAll("\\D", "")))
				.toList();
		}
	}

	private void ingest(Path article) {
		try {
			ingest.ingest(Files.readString(article), article.getFileName().toString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Every served value of every fact, one line per fact, without the ids that depend on the order of storing. */
	private List<String> servedFacts() {
		return transaction.execute(status -> {
			List<String> lines = new ArrayList<>();
			countries.findAll()
				.forEach(country -> lines.add(String.join(" | ", "country", country.getCode(), country.getName(),
						String.valueOf(country.getOfficialName()), String.valueOf(country.isMember()),
						country.getAliases().toString())));
			organizations.findAll()
				.forEach(organization -> lines.add(String.join(" | ", "organization", organization.getAcronym(),
						String.valueOf(organization.getName()), organization.getAliases().toString())));
			people.findAll()
				.forEach(person -> lines.add(String.join(" | ", "person", person.getId(), person.getName(),
						String.valueOf(person.getTitle()), String.valueOf(person.getCountry()),
						String.valueOf(person.getOrganization()), person.getAliases().toString(),
						person.getRoles().toString())));
			events.findAll()
				.forEach(event -> lines.add(String.join(" | ", "event", event.getType().name(),
						String.valueOf(event.getPreciseDate()), String.valueOf(event.getTitle()),
						String.valueOf(event.getPlace()), String.valueOf(event.getVenue()),
						String.valueOf(event.getOccasion()), event.getParticipants().toString())));
			return lines.stream().sorted().toList();
		});
	}

}

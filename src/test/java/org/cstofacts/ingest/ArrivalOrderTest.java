package org.cstofacts.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.cstofacts.country.CountryService;
import org.cstofacts.document.DocumentService;
import org.cstofacts.event.EventService;
import org.cstofacts.organization.OrganizationService;
import org.cstofacts.person.PersonService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served facts do not depend on the order the articles arrive in. Articles arriving as they were published
 * take the path that appends each claim without reading the stored ones ({@link org.cstofacts.kernel.claim.FactWriter}); the same articles
 * arriving newest first take the path that computes the values from all claims.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "csto.data-dir=target/no-articles")
@DirtiesContext
class ArrivalOrderTest {

	@Autowired
	private DocumentIngestService ingest;

	@Autowired
	private DocumentService documents;

	@Autowired
	private CountryService countries;

	@Autowired
	private OrganizationService organizations;

	@Autowired
	private PersonService people;

	@Autowired
	private EventService events;

	@Test
	void articlesArrivingAsPublishedServeTheSameFactsAsTheSameArticlesArrivingNewestFirst() throws IOException {
		List<Path> articles = articlesInPublicationOrder();

		articles.forEach(this::ingest);
		List<String> asPublished = servedFacts();
		documents.list(Pageable.unpaged()).forEach(document -> ingest.delete(document.id()));
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
		List<String> lines = new ArrayList<>();
		countries.list(null, null, Pageable.unpaged())
			.forEach(country -> lines.add(String.join(" | ", "country", country.code(), country.name(),
					String.valueOf(country.officialName()), String.valueOf(country.member()),
					country.aliases().toString())));
		organizations.list()
			.forEach(organization -> lines.add(String.join(" | ", "organization", organization.acronym(),
					String.valueOf(organization.name()), organization.aliases().toString())));
		people.list(null, null, null, Pageable.unpaged())
			.forEach(person -> lines.add(String.join(" | ", "person", person.id(), person.name(),
					String.valueOf(person.title()), String.valueOf(person.country()),
					String.valueOf(person.organization()), person.aliases().toString(), person.roles().toString())));
		events.timeline()
			.forEach(event -> lines.add(String.join(" | ", "event", event.type().name(), String.valueOf(event.date()),
					String.valueOf(event.title()), String.valueOf(event.place()), String.valueOf(event.venue()),
					String.valueOf(event.occasion()), event.participants().toString())));
		return lines.stream().sorted().toList();
	}

}

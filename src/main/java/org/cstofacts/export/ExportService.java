package org.cstofacts.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.cstofacts.country.CountryDto;
import org.cstofacts.country.CountryService;
import org.cstofacts.document.DocumentService;
import org.cstofacts.document.DocumentSummary;
import org.cstofacts.event.EventDto;
import org.cstofacts.event.EventService;
import org.cstofacts.kernel.web.InvalidParameterException;
import org.cstofacts.kernel.web.PublicAddress;
import org.cstofacts.organization.OrganizationService;
import org.cstofacts.person.PersonDto;
import org.cstofacts.person.PersonService;
import org.cstofacts.statement.StatementDto;
import org.cstofacts.statement.StatementService;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole knowledge graph in one answer: as JSON-LD with schema.org types, or one collection as CSV.
 */
@Service
@Transactional(readOnly = true)
class ExportService {

	/** The collections {@link #csv} can export. */
	public static final List<String> COLLECTIONS = List.of("documents", "countries", "member-states", "people",
			"events", "summits", "statements");

	private final DocumentService documents;

	private final CountryService countries;

	private final OrganizationService organizations;

	private final PersonService people;

	private final EventService events;

	private final StatementService statements;

	private final PublicAddress address;

	ExportService(DocumentService documents, CountryService countries, OrganizationService organizations,
			PersonService people, EventService events, StatementService statements, PublicAddress address) {
		this.documents = documents;
		this.countries = countries;
		this.organizations = organizations;
		this.people = people;
		this.events = events;
		this.statements = statements;
		this.address = address;
	}

	/** The graph, its nodes named after the service's public address, or relative to it when none is configured. */
	public Map<String, Object> jsonLd() {
		JsonLdGraph graph = new JsonLdGraph(this.address);
		documents.list(all("id")).forEach(graph::add);
		organizations.list().forEach(graph::add);
		countries.list(null, null, all("code")).forEach(graph::add);
		people.list(null, null, null, all("id")).forEach(graph::add);
		events.list(null, null, null, all("date", "id")).forEach(graph::add);
		statements.list(null, null, null, null, all("id")).forEach(graph::add);
		return graph.document();
	}

	public String csv(String collection) {
		return switch (collection == null ? "" : collection) {
			case "documents" -> Csv.of(List.of("id", "title", "publisher", "category", "publishedAt", "sourceName",
					"contentSha256"), documents.list(all("id")).map(ExportService::row).toList());
			case "countries" -> countries(null);
			case "member-states" -> countries(true);
			case "people" -> Csv.of(List.of("id", "name", "title", "country", "organization", "roles", "aliases",
					"attended", "statementCount"), people.list(null, null, null, all("id")).map(ExportService::row).toList());
			case "events" -> events(null);
			case "summits" -> events("SUMMIT");
			case "statements" -> Csv.of(List.of("id", "text", "kind", "speakerType", "speakerId", "speakerName", "topic",
					"documentId", "start", "end"), statements.list(null, null, null, null, all("id")).map(ExportService::row).toList());
			default -> throw new InvalidParameterException("collection",
					"collection must be one of " + String.join(", ", COLLECTIONS) + ", was '" + collection + "'");
		};
	}

	private String countries(Boolean member) {
		return Csv.of(List.of("code", "isoAlpha2", "name", "officialName", "aliases", "member"),
				countries.list(member, null, all("code")).map(ExportService::row).toList());
	}

	private String events(String type) {
		return Csv.of(List.of("id", "type", "title", "date", "datePrecision", "place", "venue", "occasion",
				"participants"), events.list(type, null, null, all("date", "id")).map(ExportService::row).toList());
	}

	private static Pageable all(String... sortFields) {
		return Pageable.unpaged(Sort.by(sortFields));
	}

	private static List<Object> row(DocumentSummary document) {
		return values(document.id(), document.title(), document.publisher(), document.category(),
				document.publishedAt(), document.sourceName(), document.contentSha256());
	}

	private static List<Object> row(CountryDto country) {
		return values(country.code(), country.isoAlpha2(), country.name(), country.officialName(), country.aliases(),
				country.member());
	}

	private static List<Object> row(PersonDto person) {
		return values(person.id(), person.name(), person.title(), person.country(), person.organization(),
				person.roles(), person.aliases(), person.attended(), person.statementCount());
	}

	private static List<Object> row(EventDto event) {
		return values(event.id(), event.type(), event.title(), event.date(), event.datePrecision(), event.place(),
				event.venue(), event.occasion(), event.participants());
	}

	private static List<Object> row(StatementDto statement) {
		return values(statement.id(), statement.text(), statement.kind(), statement.speaker().type(),
				statement.speaker().id(), statement.speaker().name(), statement.topic(), statement.documentId(),
				statement.span().start(), statement.span().end());
	}

	/** A row that may hold nulls (empty fields). */
	private static List<Object> values(Object... values) {
		return new ArrayList<>(Arrays.asList(values));
	}

}

package org.cstofacts.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.tags.Tag;

/**
 * The operation ids and tags the contract ({@code API.md}) fixes, by method and path. Generated clients name their
 * methods after the ids and group them into classes by tag, so both are given here, in one place, rather than
 * left to springdoc, whose numbered defaults ({@code list_3}) change when an endpoint is added. An operation this
 * table does not name keeps springdoc's id, which the tests refuse.
 */
final class ApiOperations {

	/** The tags in the order the explorer lists them, each with what it groups. */
	static final List<Tag> TAGS = List.of(tag("Index", "The entry point: counts and links to everything"),
			tag("Documents", "The source articles every fact was read from"),
			tag("Countries", "Countries the articles name, and the CSTO member states among them"),
			tag("People", "Leaders and officials the articles name, with their titles and statements"),
			tag("Events", "Dated events: summits, treaty signings, the founding of organizations"),
			tag("Statements", "Who said what, with the exact span of the words in the article"),
			tag("Search", "One ranked list across countries, people, events and statements"),
			tag("Conflicts", "Where the articles disagree"),
			tag("Export", "Everything at once: a JSON-LD knowledge graph, or one collection as CSV"));

	/** Keyed by {@code METHOD path} as the OpenAPI document writes them. */
	private static final Map<String, Naming> OPERATIONS = Map.ofEntries(
			Map.entry("GET /api", new Naming("getIndex", "Index")),
			Map.entry("GET /api/documents", new Naming("listDocuments", "Documents")),
			Map.entry("POST /api/documents", new Naming("createDocument", "Documents")),
			Map.entry("GET /api/documents/{id}", new Naming("getDocument", "Documents")),
			Map.entry("DELETE /api/documents/{id}", new Naming("deleteDocument", "Documents")),
			Map.entry("GET /api/documents/{id}/original", new Naming("getDocumentOriginal", "Documents")),
			Map.entry("POST /api/documents/batch", new Naming("createDocumentBatch", "Documents")),
			Map.entry("GET /api/countries", new Naming("listCountries", "Countries")),
			Map.entry("GET /api/member-states", new Naming("listMemberStates", "Countries")),
			Map.entry("GET /api/member-states/{code}", new Naming("getMemberState", "Countries")),
			Map.entry("GET /api/people", new Naming("listPeople", "People")),
			Map.entry("GET /api/people/{id}", new Naming("getPerson", "People")),
			Map.entry("GET /api/people/{id}/statements", new Naming("listPersonStatements", "People")),
			Map.entry("GET /api/events", new Naming("listEvents", "Events")),
			Map.entry("GET /api/events/{id}", new Naming("getEvent", "Events")),
			Map.entry("GET /api/summits", new Naming("listSummits", "Events")),
			Map.entry("GET /api/summits/{id}", new Naming("getSummit", "Events")),
			Map.entry("GET /api/timeline", new Naming("getTimeline", "Events")),
			Map.entry("GET /api/statements", new Naming("listStatements", "Statements")),
			Map.entry("GET /api/statements/{id}", new Naming("getStatement", "Statements")),
			Map.entry("GET /api/search", new Naming("search", "Search")),
			Map.entry("GET /api/conflicts", new Naming("listConflicts", "Conflicts")),
			Map.entry("GET /api/export/graph", new Naming("exportGraph", "Export")),
			Map.entry("GET /api/export/csv", new Naming("exportCsv", "Export")));

	private ApiOperations() {
	}

	/** The id and tag of the operation, or null when the contract names none for it. */
	static Naming of(String method, String path) {
		return OPERATIONS.get(method + " " + path);
	}

	private static Tag tag(String name, String description) {
		return new Tag().name(name).description(description);
	}

	record Naming(String operationId, String tag) {
	}

}

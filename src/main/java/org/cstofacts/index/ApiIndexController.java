package org.cstofacts.index;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;

import org.cstofacts.country.CountryService;
import org.cstofacts.document.DocumentService;
import org.cstofacts.event.EventService;
import org.cstofacts.person.PersonService;
import org.cstofacts.statement.StatementService;
import org.cstofacts.version.ApplicationVersion;
import org.cstofacts.version.DataVersion;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ApiIndexController {

	private final DocumentService documents;

	private final CountryService countries;

	private final PersonService people;

	private final EventService events;

	private final StatementService statements;

	private final DataVersion dataVersion;

	private final String version;

	ApiIndexController(DocumentService documents, CountryService countries, PersonService people, EventService events,
			StatementService statements, DataVersion dataVersion, ApplicationVersion version) {
		this.documents = documents;
		this.countries = countries;
		this.people = people;
		this.events = events;
		this.statements = statements;
		this.dataVersion = dataVersion;
		this.version = version.value();
	}

	@GetMapping(path = "/api", produces = "application/json")
	@Operation(summary = "The index: service name, version, data version, counts and links to every collection")
	ApiIndex index() {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("documents", documents.count());
		counts.put("countries", countries.count());
		counts.put("memberStates", countries.countMembers());
		counts.put("people", people.count());
		counts.put("events", events.count());
		counts.put("summits", events.countSummits());
		counts.put("statements", statements.count());
		Map<String, String> links = new LinkedHashMap<>();
		links.put("self", "/api");
		for (String collection : new String[] { "documents", "countries", "member-states", "people", "events",
				"summits", "timeline", "statements", "search", "conflicts", "export" }) {
			links.put(collection, "/api/" + collection);
		}
		links.put("openapi", "/v3/api-docs");
		links.put("swaggerUi", "/swagger-ui.html");
		return new ApiIndex("csto-facts", version,
				"Facts about the summits of the Collective Security Treaty Organization read from news articles, "
						+ "each traceable to the words it was read from",
				dataVersion.current(), counts, links);
	}

}

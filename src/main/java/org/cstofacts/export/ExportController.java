package org.cstofacts.export;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Export", description = "Everything at once: a JSON-LD knowledge graph, or one collection as CSV")
class ExportController {

	private final ExportService export;

	ExportController(ExportService export) {
		this.export = export;
	}

	@GetMapping(path = "/api/export", produces = { "application/ld+json", "application/json" })
	@Operation(summary = "The whole knowledge graph as JSON-LD with schema.org types",
			description = "Ask with Accept: application/ld+json. Organization, Country, Person (jobTitle, memberOf), "
					+ "Event (startDate, location, attendee), Quotation (spokenByCharacter, text, isBasedOn) and the "
					+ "NewsArticle each fact was read from.")
	Map<String, Object> jsonLd() {
		return export.jsonLd(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
	}

	@GetMapping(path = "/api/export", produces = "text/csv")
	@Operation(summary = "One collection as CSV", description = "Ask with Accept: text/csv; lists are joined with \"; \".")
	String csv(@Parameter(description = "documents, countries, member-states, people, events, summits or statements",
			required = true, example = "statements") @RequestParam String collection) {
		return export.csv(collection);
	}

}

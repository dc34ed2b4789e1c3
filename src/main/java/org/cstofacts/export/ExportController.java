package org.cstofacts.export;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exports: one address per format, so that a generated client gets the format it calls for without setting
 * Accept; and {@code /api/export}, which chooses the format by Accept as the contract first had it.
 */
@RestController
class ExportController {

	static final String JSON_LD = "application/ld+json";

	static final String CSV = "text/csv";

	private static final MediaType CSV_UTF_8 = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ExportService export;

	ExportController(ExportService export) {
		this.export = export;
	}

	@GetMapping(path = "/api/export/graph", produces = JSON_LD)
	@Operation(summary = "The whole knowledge graph as JSON-LD with schema.org types",
			description = "Organization, Country (also an Organization, which it is a member of), Person (jobTitle, "
					+ "memberOf, nationality), Event (startDate, location, attendee), Quotation (spokenByCharacter, "
					+ "text, about, isBasedOn) and the NewsArticle each fact was read from. The context is inline: no "
					+ "network is needed to read it. Node ids are relative to the service unless csto.public-base-url "
					+ "names its public address.")
	Map<String, Object> exportGraph() {
		return this.export.jsonLd();
	}

	@GetMapping("/api/export/csv")
	@Operation(summary = "One collection as CSV",
			description = "RFC 4180, one row per item. A list is written as a JSON array; a text that a spreadsheet "
					+ "would take for a formula (starting with =, +, -, @, a tab or a carriage return) is prefixed "
					+ "with an apostrophe.")
	@ApiResponse(responseCode = "200", description = "The collection, a header line first",
			content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
	ResponseEntity<String> exportCsv(@Parameter(description = "documents, countries, member-states, people, events, "
			+ "summits or statements", required = true, example = "statements") @RequestParam String collection) {
		// CSV whatever Accept asks for: a client generated from the document asks for the problem type alone, the
		// JSON type it finds among the answers, and would be refused with a 406.
		return ResponseEntity.ok().contentType(CSV_UTF_8).body(this.export.csv(collection));
	}

	@Hidden
	@GetMapping(path = "/api/export", produces = { JSON_LD, "application/json" })
	Map<String, Object> graphByAccept() {
		return exportGraph();
	}

	@Hidden
	@GetMapping(path = "/api/export", produces = CSV)
	ResponseEntity<String> csvByAccept(@RequestParam String collection) {
		return exportCsv(collection);
	}

}

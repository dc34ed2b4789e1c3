package org.cstofacts.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cstofacts.country.CountryDto;
import org.cstofacts.document.DocumentSummary;
import org.cstofacts.event.EventDto;
import org.cstofacts.organization.OrganizationDto;
import org.cstofacts.person.PersonDto;
import org.cstofacts.statement.StatementDto;

/**
 * The knowledge graph as JSON-LD with schema.org types. Nodes served by the API have its URL as their id;
 * organizations and countries, which have no item URL of their own, get a URN.
 */
class JsonLdGraph {

	private final String base;

	private final List<Map<String, Object>> nodes = new ArrayList<>();

	JsonLdGraph(String base) {
		this.base = base;
	}

	Map<String, Object> document() {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", "https://schema.org/");
		document.put("@graph", nodes);
		return document;
	}

	void add(DocumentSummary document) {
		Map<String, Object> node = node("NewsArticle", documentId(document.id()));
		put(node, "headline", document.title());
		put(node, "datePublished", document.publishedAt());
		if (document.publisher() != null) {
			put(node, "publisher", Map.of("@type", "Organization", "name", document.publisher()));
		}
		put(node, "identifier", document.contentSha256());
	}

	void add(OrganizationDto organization) {
		Map<String, Object> node = node("Organization", organizationId(organization.acronym()));
		put(node, "name", organization.name());
		put(node, "alternateName", aliases(organization.acronym(), organization.aliases()));
	}

	void add(CountryDto country) {
		Map<String, Object> node = node("Country", "urn:csto-facts:country:" + country.code());
		put(node, "name", country.name());
		put(node, "alternateName", aliases(country.officialName(), country.aliases()));
		put(node, "identifier", country.code());
		if (country.member()) {
			put(node, "memberOf", reference(organizationId("CSTO")));
		}
	}

	void add(PersonDto person) {
		Map<String, Object> node = node("Person", base + "/api/people/" + person.id());
		put(node, "name", person.name());
		put(node, "jobTitle", person.title());
		put(node, "alternateName", person.aliases());
		if (person.organization() != null) {
			put(node, "memberOf", reference(organizationId(person.organization())));
		}
		if (person.country() != null) {
			put(node, "nationality", reference("urn:csto-facts:country:" + person.country()));
		}
	}

	void add(EventDto event) {
		Map<String, Object> node = node("Event", base + "/api/events/" + event.id());
		put(node, "name", event.title() != null ? event.title() : event.type().name());
		put(node, "startDate", event.date());
		put(node, "additionalType", event.type().name());
		if (event.place() != null || event.venue() != null) {
			Map<String, Object> place = new LinkedHashMap<>();
			place.put("@type", "Place");
			put(place, "name", event.venue() != null ? event.venue() : event.place());
			put(place, "address", event.place());
			node.put("location", place);
		}
		put(node, "description", event.occasion());
		put(node, "attendee", event.participants().stream().map(id -> reference(base + "/api/people/" + id)).toList());
	}

	void add(StatementDto statement) {
		Map<String, Object> node = node("Quotation", base + "/api/statements/" + statement.id());
		put(node, "text", statement.text());
		put(node, "spokenByCharacter", reference(speakerId(statement.speaker())));
		put(node, "isBasedOn", reference(documentId(statement.documentId())));
		put(node, "about", statement.topic());
	}

	private String speakerId(StatementDto.SpeakerDto speaker) {
		return switch (speaker.type()) {
			case PERSON -> base + "/api/people/" + speaker.id();
			case ORGANIZATION -> organizationId(speaker.id());
			case COUNTRY -> "urn:csto-facts:country:" + speaker.id();
		};
	}

	private String documentId(Long id) {
		return base + "/api/documents/" + id;
	}

	private static String organizationId(String acronym) {
		return "urn:csto-facts:organization:" + acronym;
	}

	private static List<String> aliases(String first, List<String> aliases) {
		List<String> all = new ArrayList<>();
		if (first != null) {
			all.add(first);
		}
		aliases.stream().filter(alias -> !all.contains(alias)).forEach(all::add);
		return all;
	}

	private Map<String, Object> node(String type, String id) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@type", type);
		node.put("@id", id);
		nodes.add(node);
		return node;
	}

	private static Map<String, Object> reference(String id) {
		return Map.of("@id", id);
	}

	/** Leaves out what is unknown rather than stating null. */
	private static void put(Map<String, Object> node, String key, Object value) {
		if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
			node.put(key, value instanceof java.time.temporal.Temporal ? value.toString() : value);
		}
	}

}

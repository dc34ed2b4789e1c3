package org.cstofacts.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cstofacts.country.CountryDto;
import org.cstofacts.document.DocumentSummary;
import org.cstofacts.event.EventDto;
import org.cstofacts.kernel.web.PublicAddress;
import org.cstofacts.organization.OrganizationDto;
import org.cstofacts.person.PersonDto;
import org.cstofacts.statement.StatementDto;

/**
 * The knowledge graph as JSON-LD in schema.org's terms. Its context is inline, so that a consumer reads it without
 * the network. Nodes the API serves are named by their address in the API, under the service's public base URL
 * when one is configured and relative to the service otherwise (never after the host a request named, which any
 * client can choose); organizations and countries, which have no address of their own, by a URN.
 */
class JsonLdGraph {

	private static final String SCHEMA_ORG = "https://schema.org/";

	/** Every term is schema.org's; additionalType holds a URL, which the context makes an IRI. */
	private static final Map<String, Object> CONTEXT = ordered("@vocab", SCHEMA_ORG, "additionalType",
			Map.of("@type", "@id"));

	/**
	 * A country is also an organization: schema.org lets an organization, not a place, be a member of one, and
	 * speak.
	 */
	private static final List<String> COUNTRY_TYPES = List.of("Country", "Organization");

	private final PublicAddress address;

	private final List<Map<String, Object>> nodes = new ArrayList<>();

	JsonLdGraph(PublicAddress address) {
		this.address = address;
	}

	Map<String, Object> document() {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", CONTEXT);
		document.put("@graph", nodes);
		return document;
	}

	void add(DocumentSummary document) {
		Map<String, Object> node = node("NewsArticle", address("/api/documents/" + document.id()));
		put(node, "headline", document.title());
		put(node, "datePublished", document.publishedAt());
		if (document.publisher() != null) {
			put(node, "publisher", ordered("@type", "Organization", "name", document.publisher()));
		}
		put(node, "identifier", document.contentSha256());
	}

	void add(OrganizationDto organization) {
		Map<String, Object> node = node("Organization", organizationId(organization.acronym()));
		put(node, "name", organization.name());
		put(node, "alternateName", aliases(organization.acronym(), organization.aliases()));
	}

	void add(CountryDto country) {
		Map<String, Object> node = node(COUNTRY_TYPES, countryId(country.code()));
		put(node, "name", country.name());
		put(node, "alternateName", aliases(country.officialName(), country.aliases()));
		put(node, "identifier", country.code());
		if (country.member()) {
			put(node, "memberOf", reference(organizationId("CSTO")));
		}
	}

	void add(PersonDto person) {
		Map<String, Object> node = node("Person", personId(person.id()));
		put(node, "name", person.name());
		put(node, "jobTitle", person.title());
		put(node, "alternateName", person.aliases());
		if (person.organization() != null) {
			put(node, "memberOf", reference(organizationId(person.organization())));
		}
		if (person.country() != null) {
			put(node, "nationality", reference(countryId(person.country())));
		}
	}

	void add(EventDto event) {
		Map<String, Object> node = node("Event", address("/api/events/" + event.id()));
		put(node, "name", event.title() != null ? event.title() : event.type().name());
		put(node, "startDate", event.date());
		// The type of event as a URL: where the API lists the events of that type.
		put(node, "additionalType", address("/api/events?type=" + event.type().name()));
		if (event.place() != null || event.venue() != null) {
			Map<String, Object> place = new LinkedHashMap<>();
			place.put("@type", "Place");
			put(place, "name", event.venue() != null ? event.venue() : event.place());
			put(place, "address", event.place());
			node.put("location", place);
		}
		put(node, "description", event.occasion());
		put(node, "attendee", event.participants().stream().map(id -> reference(personId(id))).toList());
	}

	void add(StatementDto statement) {
		Map<String, Object> node = node("Quotation", address("/api/statements/" + statement.id()));
		put(node, "text", statement.text());
		put(node, "spokenByCharacter", reference(speakerId(statement.speaker())));
		put(node, "isBasedOn", reference(address("/api/documents/" + statement.documentId())));
		if (statement.topic() != null) {
			// The heading the words stand under names what they are about: a thing, which schema.org's about expects.
			put(node, "about", ordered("@type", "Thing", "name", statement.topic()));
		}
	}

	private String speakerId(StatementDto.SpeakerDto speaker) {
		return switch (speaker.type()) {
			case PERSON -> personId(speaker.id());
			case ORGANIZATION -> organizationId(speaker.id());
			case COUNTRY -> countryId(speaker.id());
		};
	}

	private String address(String path) {
		return this.address.of(path);
	}

	private String personId(String id) {
		return address("/api/people/" + id);
	}

	private static String organizationId(String acronym) {
		return "urn:csto-facts:organization:" + acronym;
	}

	private static String countryId(String code) {
		return "urn:csto-facts:country:" + code;
	}

	private static List<String> aliases(String first, List<String> aliases) {
		List<String> all = new ArrayList<>();
		if (first != null) {
			all.add(first);
		}
		aliases.stream().filter(alias -> !all.contains(alias)).forEach(all::add);
		return all;
	}

	private Map<String, Object> node(Object type, String id) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@type", type);
		node.put("@id", id);
		nodes.add(node);
		return node;
	}

	/** Two entries in the order given, so that the same graph is always written the same way. */
	private static Map<String, Object> ordered(String key, Object value, String otherKey, Object otherValue) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(key, value);
		map.put(otherKey, otherValue);
		return map;
	}

	private static Map<String, Object> reference(String id) {
		return Map.of("@id", id);
	}

	/** Leaves out what is unknown rather than stating null. */
	private static void put(Map<String, Object> node, String key, Object value) {
		if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
			node.put(key, value);
		}
	}

}

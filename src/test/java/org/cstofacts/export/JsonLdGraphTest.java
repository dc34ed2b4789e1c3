package org.cstofacts.export;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.cstofacts.country.CountryDto;
import org.cstofacts.document.DocumentSummary;
import org.cstofacts.event.EventDto;
import org.cstofacts.extraction.ArticleFacts.DatePrecision;
import org.cstofacts.extraction.ArticleFacts.EventType;
import org.cstofacts.extraction.ArticleFacts.SpeakerType;
import org.cstofacts.extraction.ArticleFacts.StatementKind;
import org.cstofacts.kernel.web.PublicAddress;
import org.cstofacts.person.PersonDto;
import org.cstofacts.statement.StatementDto;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLdGraphTest {

	private static final DocumentSummary DOCUMENT = new DocumentSummary(1L, "Leaders Meet", "Test Wire", null,
			LocalDateTime.of(2023, 3, 14, 9, 30), null, "meet.txt", "a".repeat(64), Instant.parse("2024-01-01T00:00:00Z"), "1",
			null);

	private static final CountryDto MEMBER = new CountryDto("ABC", "AB", "Abcland", "Republic of Abcland",
			List.of("Abcland"), true, List.of());

	private static final PersonDto PERSON = new PersonDto("anna-example", "Anna Example", "President", "ABC", null,
			List.of("President"), List.of("Anna Example"), List.of(7L), 1, List.of());

	private static final EventDto EVENT = new EventDto(7L, EventType.SUMMIT, "Summit in Exampleton", "2023-03-13",
			DatePrecision.DAY, "Exampleton", null, null, List.of("anna-example"), List.of());

	private static final StatementDto STATEMENT = new StatementDto(9L, "we agree", StatementKind.QUOTE,
			new StatementDto.SpeakerDto(SpeakerType.COUNTRY, "ABC", "Abcland"), "Border talks", 1L, null);

	private static Map<String, Object> graph(PublicAddress address) {
		JsonLdGraph graph = new JsonLdGraph(address);
		graph.add(DOCUMENT);
		graph.add(MEMBER);
		graph.add(PERSON);
		graph.add(EVENT);
		graph.add(STATEMENT);
		return graph.document();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> node(Map<String, Object> graph, int index) {
		return ((List<Map<String, Object>>) graph.get("@graph")).get(index);
	}

	@Test
	void theContextIsInlineSoThatNoNetworkIsNeededToReadTheGraph() {
		assertThat(graph(new PublicAddress("")).get("@context")).isEqualTo(
				Map.of("@vocab", "https://schema.org/", "additionalType", Map.of("@type", "@id")));
	}

	@Test
	void nodesTheApiServesAreNamedRelativeToTheServiceUnlessAPublicBaseUrlIsConfigured() {
		Map<String, Object> relative = graph(new PublicAddress(""));
		Map<String, Object> absolute = graph(new PublicAddress("https://facts.example.org/"));

		assertThat(node(relative, 0)).containsEntry("@id", "/api/documents/1");
		assertThat(node(relative, 2)).containsEntry("@id", "/api/people/anna-example");
		assertThat(node(absolute, 0)).containsEntry("@id", "https://facts.example.org/api/documents/1");
		assertThat(node(absolute, 3)).containsEntry("@id", "https://facts.example.org/api/events/7")
			.containsEntry("attendee", List.of(Map.of("@id", "https://facts.example.org/api/people/anna-example")));
	}

	@Test
	void aCountryIsAlsoAnOrganizationSoThatItMayBeAMemberAndSpeak() {
		Map<String, Object> graph = graph(new PublicAddress(""));

		assertThat(node(graph, 1)).containsEntry("@type", List.of("Country", "Organization"))
			.containsEntry("memberOf", Map.of("@id", "urn:csto-facts:organization:CSTO"));
		assertThat(node(graph, 4)).containsEntry("spokenByCharacter", Map.of("@id", "urn:csto-facts:country:ABC"));
	}

	@Test
	void aQuotationIsAboutAThingAndAnEventsTypeIsAUrl() {
		Map<String, Object> graph = graph(new PublicAddress("https://facts.example.org"));

		assertThat(node(graph, 4)).containsEntry("about", Map.of("@type", "Thing", "name", "Border talks"));
		assertThat(node(graph, 3)).containsEntry("additionalType", "https://facts.example.org/api/events?type=SUMMIT");
	}

	@Test
	void aPublicationTimeHasTheFormTheJsonAnswersGiveIt() {
		assertThat(node(graph(new PublicAddress("")), 0)).containsEntry("datePublished", "2023-03-14T09:30:00");
	}

}

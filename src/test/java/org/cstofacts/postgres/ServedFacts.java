package org.cstofacts.postgres;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an instance serves, reduced to what must not depend on how the articles got in: the counts of every
 * collection, the ids of people and countries, and each event by type, date and place. A fact stored twice
 * shows up here; generated ids (documents, events, statements) do not, since a lost race uses up an id.
 */
record ServedFacts(Map<String, Long> counts, List<String> people, List<String> countries, List<String> events) {

	private static final JsonMapper json = JsonMapper.builder().build();

	static ServedFacts of(RunningInstance instance) {
		Map<String, Long> counts = new TreeMap<>();
		read(instance, "/api").get("counts").properties().forEach(count -> counts.put(count.getKey(), count.getValue().asLong()));
		return new ServedFacts(counts, values(instance, "/api/people?size=100", "id"),
				values(instance, "/api/countries?size=100", "code"), events(instance));
	}

	private static List<String> values(RunningInstance instance, String path, String field) {
		return read(instance, path).get("content").valueStream().map(item -> item.get(field).asString()).sorted().toList();
	}

	private static List<String> events(RunningInstance instance) {
		return read(instance, "/api/timeline").valueStream()
			.map(event -> event.get("type").asString() + " " + event.get("date").asString() + " "
					+ event.get("place").asString(""))
			.sorted()
			.toList();
	}

	private static JsonNode read(RunningInstance instance, String path) {
		var response = instance.get(path);
		if (response.statusCode() != 200) {
			throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
		}
		return json.readTree(response.body());
	}

}

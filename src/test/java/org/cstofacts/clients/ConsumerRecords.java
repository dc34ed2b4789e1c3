package org.cstofacts.clients;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a consumer program recorded of its calls through a generated client: per call the operation, the status,
 * the body as the service sent it and what the client decoded from it (or the error the client raised), and what
 * the consumer tests require of them.
 */
final class ConsumerRecords {

	private final String client;

	private final JsonNode records;

	private final List<JsonNode> calls = new ArrayList<>();

	private ConsumerRecords(String client, JsonNode records) {
		this.client = client;
		this.records = records;
		records.path("calls").forEach(this.calls::add);
	}

	/** @param json what the consumer program printed: {@code {"calls": [...], ...}} */
	static ConsumerRecords of(String client, String json) {
		return new ConsumerRecords(client, JsonMapper.shared().readTree(json));
	}

	/** Another record of the program than its calls. */
	JsonNode get(String name) {
		return this.records.path(name);
	}

	/**
	 * Every operation of the document was answered with success at least once; problems of each kind a client
	 * must handle (400, 401, 404) came back; and each answer is documented and was decoded as it was sent.
	 */
	void assertEveryOperationWasAnsweredAsDocumentedAndDecodedAsSent(DocumentedAnswers document) {
		List<String> failures = new ArrayList<>();
		Set<String> succeeded = new TreeSet<>();
		Set<String> statuses = new TreeSet<>();
		for (JsonNode call : this.calls) {
			String operation = call.path("operation").asString();
			int status = call.path("status").asInt();
			if (call.hasNonNull("error")) {
				failures.add("%s (%d): %s".formatted(operation, status, call.get("error").asString()));
				continue;
			}
			statuses.add(operation + " " + status);
			if (status >= 200 && status < 300) {
				succeeded.add(operation);
			}
			String contentType = call.path("contentType").asString(null);
			String raw = call.path("raw").asString("");
			failures.addAll(document.violations(operation, status, contentType, raw));
			DecodedAnswer.differences(sent(contentType, raw), call.get("decoded"))
				.forEach((difference) -> failures.add("%s (%d) %s".formatted(operation, status, difference)));
		}
		assertThat(failures).as("%s client: calls that failed, answers not as documented, answers not decoded as sent",
				this.client).isEmpty();
		assertThat(succeeded).as("%s client: operations answered with success", this.client)
			.containsAll(document.operationIds());
		assertThat(statuses).as("%s client: the answers", this.client)
			.contains("createDocument 201", "createDocument 200", "createDocument 401", "createDocumentBatch 207",
					"getDocumentOriginal 200", "deleteDocument 204",
					"getDocument 404", "getPerson 404", "listPeople 400", "exportCsv 400");
	}

	/** A JSON body as its tree, any other body (CSV, an empty one) as a string. */
	private static JsonNode sent(String contentType, String raw) {
		if (raw.isEmpty()) {
			return JsonNodeFactory.instance.nullNode();
		}
		if (contentType != null && contentType.contains("json")) {
			return JsonMapper.shared().readTree(raw);
		}
		return JsonNodeFactory.instance.stringNode(raw);
	}

}

package org.cstofacts.clients;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

/**
 * The OpenAPI document as the judge of the answers: each answer must have a status and a media type its operation
 * documents, and a JSON body valid under the schema documented for them (JSON Schema 2020-12 in the OpenAPI 3.1
 * dialect, formats asserted). A field the service sends as null where the schema does not allow null fails here.
 */
final class DocumentedAnswers {

	/** The name under which the document is known to the validator; nothing is fetched from it. */
	private static final String LOCATION = "https://csto-facts.test/v3/api-docs";

	private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

	private final JsonNode document;

	private final SchemaRegistry schemas;

	DocumentedAnswers(String openApiDocument) {
		this.document = JsonMapper.shared().readTree(openApiDocument);
		this.schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
				(builder) -> builder.schemas(Map.of(LOCATION, openApiDocument)));
	}

	/** Every operation id of the document. */
	List<String> operationIds() {
		List<String> ids = new ArrayList<>();
		for (JsonNode path : this.document.path("paths")) {
			for (String method : METHODS) {
				if (path.has(method)) {
					ids.add(path.get(method).path("operationId").asString(null));
				}
			}
		}
		return ids;
	}

	/** What is wrong with an answer to {@code operationId}: nothing when the document describes it. */
	List<String> violations(String operationId, int status, String contentType, String body) {
		String pointer = operationPointer(operationId);
		if (pointer == null) {
			return List.of("no operation " + operationId + " in the document");
		}
		JsonNode responses = this.document.at(pointer).path("responses");
		String code = String.valueOf(status);
		if (!responses.has(code)) {
			return List.of("%s documents no status %d".formatted(operationId, status));
		}
		JsonNode content = responses.get(code).path("content");
		if (contentType == null || contentType.isEmpty()) {
			return content.isEmpty() ? List.of() : List.of("%s %d has a body type, but none came".formatted(operationId, status));
		}
		String mediaType = MediaType.parseMediaType(contentType).getType() + "/"
				+ MediaType.parseMediaType(contentType).getSubtype();
		if (!content.has(mediaType)) {
			return List.of("%s %d documents %s, not %s".formatted(operationId, status, content.propertyNames(), mediaType));
		}
		if (!mediaType.endsWith("json")) {
			return List.of();
		}
		String schemaPointer = pointer + "/responses/" + code + "/content/" + escape(mediaType) + "/schema";
		Schema schema = this.schemas.getSchema(SchemaLocation.of(LOCATION + "#" + schemaPointer));
		List<Error> errors = schema.validate(body, InputFormat.JSON,
				(context) -> context.executionConfig((config) -> config.formatAssertionsEnabled(true)));
		return errors.stream().map((error) -> "%s %d: %s".formatted(operationId, status, error)).toList();
	}

	private String operationPointer(String operationId) {
		for (Map.Entry<String, JsonNode> path : this.document.path("paths").properties()) {
			for (String method : METHODS) {
				if (operationId.equals(path.getValue().path(method).path("operationId").asString(null))) {
					return "/paths/" + escape(path.getKey()) + "/" + method;
				}
			}
		}
		return null;
	}

	private static String escape(String name) {
		return name.replace("~", "~0").replace("/", "~1");
	}

}

package org.cstofacts.clients;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentedAnswersTest {

	private static final String DOCUMENT = """
			{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/things/{id}": {"get": {
			  "operationId": "getThing", "responses": {
			    "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
			    "404": {"description": "no", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}},
			 "components": {"schemas": {
			  "Thing": {"type": "object", "properties": {"name": {"type": "string"}, "venue": {"type": ["string", "null"]},
			    "at": {"type": "string", "format": "date-time"}}},
			  "Problem": {"type": "object", "properties": {"instance": {"type": "string", "format": "uri-reference"}}}}}}
			""";

	private final DocumentedAnswers document = new DocumentedAnswers(DOCUMENT);

	@Test
	void anAnswerTheSchemaDescribesHasNoViolation() {
		assertThat(this.document.operationIds()).containsExactly("getThing");
		assertThat(this.document.violations("getThing", 200, "application/json",
				"{\"name\":\"a\",\"venue\":null,\"at\":\"2024-01-01T00:00:00Z\"}")).isEmpty();
		assertThat(this.document.violations("getThing", 404, "application/problem+json", "{\"instance\":\"/things/1\"}"))
			.isEmpty();
	}

	@Test
	void aNullTheSchemaDoesNotAllowIsAViolation() {
		assertThat(this.document.violations("getThing", 200, "application/json", "{\"name\":null}")).singleElement()
			.asString()
			.contains("name");
	}

	@Test
	void aTimeWithoutOffsetIsNotADateTime() {
		assertThat(this.document.violations("getThing", 200, "application/json", "{\"at\":\"2022-05-17T21:50:00\"}"))
			.singleElement()
			.asString()
			.contains("at");
	}

	@Test
	void aStatusOrMediaTypeTheOperationDoesNotDocumentIsAViolation() {
		assertThat(this.document.violations("getThing", 406, "application/json", "{}")).singleElement()
			.asString()
			.contains("406");
		assertThat(this.document.violations("getThing", 200, "text/csv", "a,b")).singleElement()
			.asString()
			.contains("text/csv");
		assertThat(this.document.violations("listThings", 200, "application/json", "{}")).singleElement()
			.asString()
			.contains("listThings");
	}

}

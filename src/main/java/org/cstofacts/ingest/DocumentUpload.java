package org.cstofacts.ingest;

import io.swagger.v3.oas.annotations.media.Schema;

/** An article posted as JSON. */
@Schema(name = "DocumentUpload", description = "An article to store, as JSON")
record DocumentUpload(@Schema(description = "The article as plain text: title line, byline, paragraphs", requiredMode = Schema.RequiredMode.REQUIRED) String text,
		@Schema(description = "Where it came from, shown as the document's sourceName", example = "example-feed") String sourceName) {
}

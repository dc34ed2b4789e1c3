package org.cstofacts.index;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "ApiIndex", description = "What the service serves and where")
record ApiIndex(@Schema(description = "Service name", example = "csto-facts") String name,
		@Schema(description = "Service version") String version,
		@Schema(description = "What the service is") String description,
		@Schema(description = "Version of the served data: changes with every write, ETags derive from it") long dataVersion,
		@Schema(description = "How many items each collection holds") Map<String, Long> counts,
		@Schema(description = "Where each collection and the API documentation are") Map<String, String> links) {
}

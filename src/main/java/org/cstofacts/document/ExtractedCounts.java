package org.cstofacts.document;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How many facts of each kind the extractor read from one article. Its name in the OpenAPI document stays
 * {@code FactCounts}, which the generated clients know it by.
 */
@Schema(name = "FactCounts", description = "How many facts of each kind one article gave")
public record ExtractedCounts(int countries, int organizations, int people, int events, int statements) {

	@Override
	public String toString() {
		return countries + " countries, " + organizations + " organizations, " + people + " people, " + events
				+ " events, " + statements + " statements";
	}

}

package org.cstofacts.document;

import io.swagger.v3.oas.annotations.media.Schema;

/** How many facts of each kind one article gave. */
@Schema(name = "FactCounts", description = "How many facts of each kind one article gave")
public record FactCounts(int countries, int organizations, int people, int events, int statements) {

	@Override
	public String toString() {
		return countries + " countries, " + organizations + " organizations, " + people + " people, " + events
				+ " events, " + statements + " statements";
	}

}

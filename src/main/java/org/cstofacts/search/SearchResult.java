package org.cstofacts.search;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

@Schema(name = "SearchResult", description = "One match: what it is, where to fetch it, and why it matched")
record SearchResult(@Schema(description = "COUNTRY, PERSON, EVENT or STATEMENT") String type,
		@Schema(description = "Its id in its collection (a country by code)", example = "example-person") String id,
		@Schema(description = "Its name or title; for a statement the speaker's name, if known") @Nullable String label,
		@Schema(description = "Text showing the match") String snippet,
		@Schema(description = "Relevance: exact name or code 100, alias 90, prefix 60, all words in the name 30, in the text 10") int score,
		@Schema(description = "Where to fetch it", example = "/api/people/example-person") String href) {
}

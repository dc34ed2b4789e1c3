package org.cstofacts.ingest;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a batch: one result per article, in the batch's order. */
@Schema(name = "BatchResult", description = "One result per article of the batch, in its order")
record BatchResult(@Schema(description = "How many articles were stored now (201)") int stored,
		@Schema(description = "How many were stored already (200)") int alreadyStored,
		@Schema(description = "How many were refused") int refused, List<BatchItemResult> results) {

	static BatchResult of(List<BatchItemResult> results) {
		return new BatchResult(count(results, 201), count(results, 200),
				results.size() - count(results, 201) - count(results, 200), results);
	}

	private static int count(List<BatchItemResult> results, int status) {
		return (int) results.stream().filter(result -> result.status() == status).count();
	}

}

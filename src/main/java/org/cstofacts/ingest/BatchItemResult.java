package org.cstofacts.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

import org.cstofacts.document.DocumentSummary;
import org.springframework.http.ProblemDetail;

/** What became of one article of a batch: a stored document or a problem, the other left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BatchItemResult", description = "What became of one article of a batch: stored (201), stored "
		+ "already (200), or refused with a problem and nothing stored")
record BatchItemResult(@Schema(description = "The article's position in the batch, from 0", example = "0") int index,
		@Schema(description = "The status a single POST of this article would have been answered with",
				example = "201") int status,
		@Schema(description = "The stored document's id, on 200 and 201", example = "7") @Nullable Long id,
		@Schema(description = "The stored document, on 200 and 201") @Nullable DocumentSummary document,
		@Schema(description = "Why the article was refused, on 4xx and 5xx", ref = "#/components/schemas/Problem")
		@Nullable ItemProblem problem) {

	static BatchItemResult stored(int index, IngestResult result) {
		return new BatchItemResult(index, result.created() ? 201 : 200, result.document().id(), result.document(),
				null);
	}

	static BatchItemResult refused(int index, ProblemDetail problem, String instance) {
		return new BatchItemResult(index, problem.getStatus(), null, null, new ItemProblem(
				problem.getType() != null ? problem.getType().toString() : "about:blank",
				problem.getTitle(), problem.getStatus(), problem.getDetail(), instance));
	}

	/** An RFC 9457 problem, as a single POST of the article would have been answered with. */
	record ItemProblem(String type, String title, int status, String detail, String instance) {
	}

}

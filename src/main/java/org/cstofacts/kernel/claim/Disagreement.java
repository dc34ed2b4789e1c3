package org.cstofacts.kernel.claim;

import java.util.List;

/**
 * The values articles give one field of a fact where they disagree, and the value served.
 * @param factId the fact's id in its collection
 * @param label the fact's name or title
 * @param served the value served, from the most recent article that gives one
 * @param values every value given, oldest first (see {@link MergedFact#disagreement})
 */
public record Disagreement(String factId, String label, String served, List<Value> values) {

	/** One value, with the documents that give it and the mentions of the fact in them. */
	public record Value(String value, List<Long> documentIds, List<Source> sources) {
	}

}

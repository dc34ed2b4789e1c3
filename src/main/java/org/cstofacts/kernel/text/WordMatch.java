package org.cstofacts.kernel.text;

import java.util.Arrays;
import java.util.List;

import org.springframework.data.jpa.domain.Specification;

/**
 * Filters on a column of folded words (see {@link Folding#searchText}): every word of the query must be
 * one of them, whatever its case or accents.
 */
public final class WordMatch {

	private WordMatch() {
	}

	public static List<String> words(String query) {
		String folded = Folding.fold(query);
		return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
	}

	public static <T> Specification<T> allWords(String attribute, String query) {
		return (root, criteria, builder) -> builder.and(words(query).stream()
			.map(word -> builder.like(root.get(attribute), "% " + word + " %"))
			.toArray(jakarta.persistence.criteria.Predicate[]::new));
	}

}

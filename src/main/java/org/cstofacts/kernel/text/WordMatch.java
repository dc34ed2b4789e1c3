package org.cstofacts.kernel.text;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

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
		return (root, criteria, builder) -> builder.and(wordPredicates(root, builder, attribute, query));
	}

	/** Some word of the query is one of them; a query without words matches nothing. */
	public static <T> Specification<T> anyWord(String attribute, String query) {
		return (root, criteria, builder) -> builder.or(wordPredicates(root, builder, attribute, query));
	}

	private static Predicate[] wordPredicates(Root<?> root, CriteriaBuilder builder, String attribute, String query) {
		return words(query).stream()
			.map(word -> builder.like(root.get(attribute), "% " + word + " %"))
			.toArray(Predicate[]::new);
	}

}

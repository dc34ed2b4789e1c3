package org.cstofacts.kernel.claim;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reading merged values out of the claims of several documents.
 */
public final class Claims {

	/** Oldest first: undated articles before dated ones, ties by the order they were stored. */
	public static final Comparator<Claim> BY_RECENCY = Comparator
		.comparing(Claim::publishedAt, Comparator.nullsFirst(Comparator.<LocalDateTime>naturalOrder()))
		.thenComparing(Claim::documentId);

	private static final String SEPARATOR = "\n";

	private Claims() {
	}

	/** A claim that says nothing but when, to compare the recency of a claim with one stored with a fact. */
	public static Claim recency(Long documentId, LocalDateTime publishedAt) {
		return new Recency(documentId, publishedAt);
	}

	private record Recency(Long documentId, LocalDateTime publishedAt) implements Claim {
	}

	/** The value of the most recent claim that has one. */
	public static <C extends Claim, T> T primary(Collection<C> claims, Function<C, T> field) {
		return claims.stream()
			.sorted(BY_RECENCY.reversed())
			.map(field)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/** Each distinct non-null value with the documents that claim it, in order of first appearance. */
	public static <C extends Claim, T> Map<T, Set<Long>> documentsByValue(Collection<C> claims, Function<C, T> field) {
		Map<T, Set<Long>> byValue = new LinkedHashMap<>();
		claims.stream()
			.sorted(BY_RECENCY)
			.filter(claim -> field.apply(claim) != null)
			.forEach(claim -> byValue.computeIfAbsent(field.apply(claim), value -> new LinkedHashSet<>())
				.add(claim.documentId()));
		return byValue;
	}

	/** Every distinct entry of the joined lists of all claims. */
	public static <C extends Claim> List<String> union(Collection<C> claims, Function<C, String> joinedField) {
		return claims.stream()
			.sorted(BY_RECENCY)
			.map(joinedField)
			.flatMap(joined -> split(joined).stream())
			.distinct()
			.toList();
	}

	/** Stores a short list of names in one column (names never hold line breaks). */
	public static String join(Collection<String> values) {
		return values.stream()
			.filter(Objects::nonNull)
			.map(value -> value.replace(SEPARATOR, " ").strip())
			.filter(value -> !value.isEmpty())
			.distinct()
			.collect(Collectors.joining(SEPARATOR));
	}

	/**
	 * Stores the names of several claims in one column, in alphabetical order: the same names give the same column
	 * whatever order the claims arrived in, so a claim's names can be added without reading the other claims.
	 */
	public static String joinSorted(Stream<String> values) {
		return join(values.filter(Objects::nonNull)
			.map(value -> value.replace(SEPARATOR, " ").strip())
			.sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()))
			.toList());
	}

	/** The names of a column made by {@link #joinSorted} with more names, as {@link #joinSorted} would make it. */
	public static String addSorted(List<String> sorted, Stream<String> more) {
		return joinSorted(Stream.concat(sorted.stream(), more));
	}

	public static List<String> split(String joined) {
		return Optional.ofNullable(joined)
			.filter(value -> !value.isEmpty())
			.map(value -> Arrays.asList(value.split(SEPARATOR)))
			.orElse(List.of());
	}

}

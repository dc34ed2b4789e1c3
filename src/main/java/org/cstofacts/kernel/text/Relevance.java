package org.cstofacts.kernel.text;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Parameter;
import jakarta.persistence.Query;

/**
 * How well a fact matches a search query, scored by the database over the folded columns of the fact (see
 * {@link Folding#nameList}, {@link Folding#searchText}): an exact name or code first, then an alias, then a name that
 * starts with the query, then names that hold all its words, then texts that hold them. The score goes into a JPQL
 * query as a {@code case} expression; {@link #bind} gives it its parameters.
 */
public final class Relevance {

	public static final int EXACT = 100;

	public static final int ALIAS = 90;

	public static final int PREFIX = 60;

	public static final int NAME_WORDS = 30;

	public static final int TEXT_WORDS = 10;

	private final String folded;

	private final List<String> words;

	private Relevance(String folded) {
		this.folded = folded;
		this.words = WordMatch.words(folded);
	}

	/** @param query what a user looks for; it must fold to at least one word */
	public static Relevance of(String query) {
		String folded = Folding.fold(query);
		if (folded.isEmpty()) {
			throw new IllegalArgumentException("A query without words matches nothing");
		}
		return new Relevance(folded);
	}

	/** The query folded. */
	public String folded() {
		return folded;
	}

	/**
	 * The JPQL score of a fact, 0 when it does not match. Folded text holds letters, digits and spaces only, so the
	 * query goes into LIKE patterns as it is. Every argument may be null when the fact has no such column.
	 * @param codes columns that match exactly when they equal the query folded (lower-case codes and ids as words)
	 * @param names a {@link Folding#nameList} of the names that match exactly
	 * @param aliases a {@link Folding#nameList} of the other names
	 * @param nameWords an expression holding every word of the names and aliases between spaces
	 * @param textWords a {@link Folding#searchText} column of other text that holds all the words
	 */
	public String score(List<String> codes, String names, String aliases, String nameWords, String textWords) {
		List<String> exact = new ArrayList<>();
		codes.forEach(code -> exact.add(code + " = :folded"));
		if (names != null) {
			exact.add(names + " like :exact");
		}
		StringBuilder score = new StringBuilder("case");
		when(score, exact, EXACT);
		if (aliases != null) {
			when(score, List.of(aliases + " like :exact"), ALIAS);
		}
		List<String> prefixes = new ArrayList<>();
		if (names != null) {
			prefixes.add(names + " like :prefix");
		}
		if (aliases != null) {
			prefixes.add(aliases + " like :prefix");
		}
		when(score, prefixes, PREFIX);
		if (nameWords != null) {
			score.append(" when ").append(allWords(nameWords)).append(" then ").append(NAME_WORDS);
		}
		if (textWords != null) {
			score.append(" when ").append(allWords(textWords)).append(" then ").append(TEXT_WORDS);
		}
		return score.append(" else 0 end").toString();
	}

	private static void when(StringBuilder score, List<String> anyOf, int value) {
		if (!anyOf.isEmpty()) {
			score.append(" when ").append(String.join(" or ", anyOf)).append(" then ").append(value);
		}
	}

	private String allWords(String column) {
		StringJoiner all = new StringJoiner(" and ", "(", ")");
		for (int i = 0; i < words.size(); i++) {
			all.add(column + " like :word" + i);
		}
		return all.toString();
	}

	/**
	 * The best matches among the facts of one entity, and how many match: one query, whatever the number of facts.
	 * @param from the JPQL entity and its alias, as {@code Person p}
	 * @param score the score of the entity (see {@link #score})
	 * @param order how matches of one score are ordered (label, then id)
	 * @param limit how many of the best to return, at least one
	 */
	public <E, T> Matches<T> matches(EntityManager entityManager, Class<E> entity, String from, String score,
			String order, int limit, Function<E, T> fact) {
		String alias = from.substring(from.lastIndexOf(' ') + 1);
		// Each row counts all matches, so that one reading of the table gives the count and the best.
		List<Object[]> rows = bind(entityManager.createQuery("select " + alias + ", (" + score
				+ "), count(*) over () from " + from + " where (" + score + ") > 0 order by (" + score + ") desc, "
				+ order, Object[].class))
			.setMaxResults(limit)
			.getResultList();
		List<Match<T>> best = rows.stream()
			.map(row -> new Match<>(fact.apply(entity.cast(row[0])), ((Number) row[1]).intValue()))
			.toList();
		return new Matches<>(best, rows.isEmpty() ? 0 : ((Number) rows.get(0)[2]).longValue());
	}

	/** Gives the query the parameters of the scores in it. */
	public <Q extends Query> Q bind(Q query) {
		for (Parameter<?> parameter : query.getParameters()) {
			String name = parameter.getName();
			switch (name) {
				case "folded" -> query.setParameter(name, folded);
				case "exact" -> query.setParameter(name, "%| " + folded + " |%");
				case "prefix" -> query.setParameter(name, "%| " + folded + "%");
				default -> {
					if (name.startsWith("word")) {
						query.setParameter(name, "% " + words.get(Integer.parseInt(name.substring(4))) + " %");
					}
				}
			}
		}
		return query;
	}

}

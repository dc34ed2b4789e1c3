package org.cstofacts.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds whole-word occurrences of known phrases, longest first and never overlapping.
 */
final class Gazetteer<T> {

	record Hit<T>(Span span, String form, T value) {
	}

	private final Map<String, T> valuesByPhrase;

	private final Pattern pattern;

	Gazetteer(Map<String, T> valuesByPhrase) {
		this.valuesByPhrase = Map.copyOf(valuesByPhrase);
		String alternation = valuesByPhrase.keySet()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + (alternation.isEmpty() ? "(?!)" : alternation)
				+ ")(?![\\p{L}\\p{N}])");
	}

	List<Hit<T>> find(String text) {
		List<Hit<T>> hits = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			hits.add(new Hit<>(new Span(matcher.start(), matcher.end()), matcher.group(),
					valuesByPhrase.get(matcher.group())));
		}
		return hits;
	}

}

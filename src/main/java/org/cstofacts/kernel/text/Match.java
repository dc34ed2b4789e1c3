package org.cstofacts.kernel.text;

/** A fact that matches a search query, with its {@link Relevance} score. */
public record Match<T>(T fact, int score) {
}

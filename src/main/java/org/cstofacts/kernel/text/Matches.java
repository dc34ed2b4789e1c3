package org.cstofacts.kernel.text;

import java.util.List;

/**
 * The best matches of one kind of fact for a query, best first, and how many facts of that kind match in all.
 */
public record Matches<T>(List<Match<T>> best, long count) {
}

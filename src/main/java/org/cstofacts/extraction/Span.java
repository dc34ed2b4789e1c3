package org.cstofacts.extraction;

/**
 * A stretch of the article text as Java {@code String} offsets (UTF-16 code units), end exclusive.
 */
public record Span(int start, int end) implements Comparable<Span> {

	public Span {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("invalid span " + start + ".." + end);
		}
	}

	public int length() {
		return end - start;
	}

	public boolean contains(Span other) {
		return start <= other.start && other.end <= end;
	}

	public boolean overlaps(Span other) {
		return start < other.end && other.start < end;
	}

	public String of(String text) {
		return text.substring(start, end);
	}

	@Override
	public int compareTo(Span other) {
		return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
	}

}

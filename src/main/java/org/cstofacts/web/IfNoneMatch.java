package org.cstofacts.web;

import java.util.Arrays;
import java.util.List;

/**
 * The entity tags of an {@code If-None-Match} header (RFC 9110, 13.1.2): a list of tags or {@code *}. The
 * header compares weakly, so {@code W/"x"} matches our strong {@code "x"}.
 */
record IfNoneMatch(boolean isAny, List<String> tags) {

	private static final IfNoneMatch ABSENT = new IfNoneMatch(false, List.of());

	static IfNoneMatch parse(String header) {
		if (header == null || header.isBlank()) {
			return ABSENT;
		}
		if (header.strip().equals("*")) {
			return new IfNoneMatch(true, List.of());
		}
		List<String> tags = Arrays.stream(header.split(","))
			.map(String::strip)
			.map((tag) -> tag.startsWith("W/") ? tag.substring(2) : tag)
			.filter((tag) -> !tag.isEmpty())
			.toList();
		return new IfNoneMatch(false, tags);
	}

	boolean matches(String entityTag) {
		return this.tags.contains(entityTag);
	}

}

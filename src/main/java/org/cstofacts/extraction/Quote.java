package org.cstofacts.extraction;

/**
 * A passage in quote marks: {@code outer} includes the marks, {@code inner} is the quoted words alone
 * (trimmed of surrounding white space).
 */
public record Quote(Span outer, Span inner, int block) {
}

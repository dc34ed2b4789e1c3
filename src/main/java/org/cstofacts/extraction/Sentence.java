package org.cstofacts.extraction;

/** A sentence of a block; a quoted passage never straddles two sentences. */
public record Sentence(Span span, int block) {
}

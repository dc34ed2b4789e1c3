package org.cstofacts.extraction;

/**
 * One turn of a transcript ({@code Name: words}): {@code label} the speaker as written, {@code speech} the words
 * from the first spoken word to the last (paragraphs of one speaker included), {@code words} the speech without
 * stage notes, its paragraphs joined by one space.
 */
public record Turn(Span label, Span speech, String words, int block) {
}

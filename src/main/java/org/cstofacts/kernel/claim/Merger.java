package org.cstofacts.kernel.claim;

import java.util.List;

import org.cstofacts.extraction.Span;

/**
 * Merges what each article says into one kind of fact: the part the fact modules' mergers share. A merger finds the
 * fact an article's mention is about (or makes a new one) and hands it the article's claim.
 *
 * @param <F> the fact
 * @param <C> what one document says about it
 * @param <R> where the facts are stored
 */
public abstract class Merger<F extends MergedFact<F, C>, C extends Claim, R extends MergedFactRepository<F, ?>> {

	/** The stored facts, to find the one an article's mention is about. */
	protected final R stored;

	private final FactWriter writer;

	protected Merger(R stored, FactWriter writer) {
		this.stored = stored;
		this.writer = writer;
	}

	/** Adds the claim, read from the spans, to the fact, and stores the fact. */
	protected F claim(F fact, C claim, List<Span> spans) {
		return writer.claim(fact, claim, spans, stored);
	}

	/** Takes out what the document said, deleting the facts no other document supports. */
	public void forget(Long documentId) {
		stored.forget(documentId);
	}

}

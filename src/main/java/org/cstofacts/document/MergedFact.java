package org.cstofacts.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;

import org.cstofacts.extraction.Span;
import org.springframework.data.repository.CrudRepository;

/**
 * A fact that several articles may support: it keeps the claim and the mentions of each document,
 * and serves the values of the most recent one.
 *
 * @param <C> what one document says about the fact
 */
@MappedSuperclass
public abstract class MergedFact<C extends Claim> {

	private static final Comparator<Source> IN_READING_ORDER = Comparator.comparing(Source::documentId)
		.thenComparingInt(Source::start)
		.thenComparingInt(Source::end);

	/**
	 * Ordered lists (claims too) so that a new claim adds its rows: without a position, Hibernate deleted and
	 * inserted again every row of a collection it changed, and each ingest cost more than the one before it.
	 */
	@ElementCollection
	@OrderColumn(name = "position")
	private List<Source> sources = new ArrayList<>();

	protected abstract List<C> claims();

	/** Recomputes the served values from the claims. */
	protected abstract void refresh();

	/** Adds what one document says, with the spans it was read from. */
	public void claim(C claim, List<Span> spans) {
		claims().add(claim);
		spans.stream()
			.map(span -> new Source(claim.documentId(), span.start(), span.end()))
			.distinct()
			.forEach(sources::add);
		refresh();
	}

	/**
	 * Drops what the document said.
	 * @return whether another document still supports the fact
	 */
	public boolean forget(Long documentId) {
		claims().removeIf(claim -> claim.documentId().equals(documentId));
		sources.removeIf(source -> source.documentId().equals(documentId));
		if (claims().isEmpty()) {
			return false;
		}
		refresh();
		return true;
	}

	/** Makes each fact forget the document, deleting those no other document supports. */
	public static <F extends MergedFact<?>> void forgetAll(Long documentId, List<F> facts,
			CrudRepository<F, ?> repository) {
		for (F fact : facts) {
			if (!fact.forget(documentId)) {
				repository.delete(fact);
			}
		}
	}

	public List<Source> getSources() {
		return sources.stream().sorted(IN_READING_ORDER).toList();
	}

	public List<C> getClaims() {
		return claims().stream().sorted(Claims.BY_RECENCY).toList();
	}

	public Set<Long> documentIds() {
		Set<Long> ids = new TreeSet<>();
		claims().forEach(claim -> ids.add(claim.documentId()));
		return ids;
	}

	public List<Source> sourcesIn(Set<Long> documentIds) {
		return getSources().stream().filter(source -> documentIds.contains(source.documentId())).toList();
	}

}

package org.cstofacts.kernel.claim;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;

import org.cstofacts.extraction.Span;
import org.cstofacts.kernel.text.Folding;
import org.springframework.data.repository.CrudRepository;

/**
 * A fact that several articles may support: it keeps the claim and the mentions of each document,
 * and serves the values of the most recent one.
 * <p>
 * The served values are stored with the fact, together with the recency of its latest claim, so that a new claim can
 * be taken in without reading the claims stored before it ({@link #absorb}, {@link FactWriter}): a value of the new
 * claim is served unless a more recent claim gives one, which the latest claim's recency answers at once for a claim
 * more recent than all, and a query of the stored claims otherwise. {@link #claim} adds a claim to the loaded claims
 * and computes the values again from all of them; both ways serve the same values.
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

	@Column(name = "latest_published_at")
	private LocalDateTime latestPublishedAt;

	@Column(name = "latest_document_id")
	private Long latestDocumentId;

	protected abstract List<C> claims();

	/** The tables the claims and sources of this kind of fact are stored in, for {@link FactWriter}. */
	protected abstract ClaimTables tables();

	/** Recomputes the served values from the claims. */
	protected abstract void refresh();

	/**
	 * Takes in the values of a new claim as {@link #refresh} would compute them from all claims, without reading
	 * the others.
	 * @param newer which columns of the claims table more recent claims give a value for
	 */
	protected abstract void take(C claim, NewerClaims newer);

	/**
	 * The value to serve once a claim offers one: the offered value, unless it is absent or a more recent claim gives
	 * a value for its column.
	 */
	protected static <T> T served(T current, T offered, NewerClaims newer, String column) {
		return offered == null || newer.giveValueFor(column) ? current : offered;
	}

	/** Adds what one document says, with the spans it was read from, to the loaded claims and sources. */
	public void claim(C claim, List<Span> spans) {
		claims().add(claim);
		sources(claim, spans).forEach(sources::add);
		refreshAll();
	}

	/** Whether the claim is more recent than every claim of the fact. */
	private boolean supersededBy(C claim) {
		return latestDocumentId == null
				|| Claims.BY_RECENCY.compare(claim, Claims.recency(latestDocumentId, latestPublishedAt)) > 0;
	}

	/** Takes in the values of a claim whose rows {@link FactWriter} wrote, without loading the stored claims. */
	void absorb(C claim, NewerClaims newer) {
		if (supersededBy(claim)) {
			take(claim, column -> false);
			latestPublishedAt = claim.publishedAt();
			latestDocumentId = claim.documentId();
		}
		else {
			take(claim, newer);
		}
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
		refreshAll();
		return true;
	}

	private void refreshAll() {
		refresh();
		C latest = claims().stream().max(Claims.BY_RECENCY).orElseThrow();
		latestPublishedAt = latest.publishedAt();
		latestDocumentId = latest.documentId();
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

	static List<Source> sources(Claim claim, List<Span> spans) {
		return spans.stream().map(span -> new Source(claim.documentId(), span.start(), span.end())).distinct().toList();
	}

	public List<Source> getSources() {
		return sources.stream().sorted(IN_READING_ORDER).toList();
	}

	public Set<Long> documentIds() {
		Set<Long> ids = new TreeSet<>();
		claims().forEach(claim -> ids.add(claim.documentId()));
		return ids;
	}

	private List<Source> sourcesIn(Set<Long> documentIds) {
		return getSources().stream().filter(source -> documentIds.contains(source.documentId())).toList();
	}

	/**
	 * The values the claims give a field when they give more than one (as {@link Folding} compares them), each with
	 * the documents that give it and the mentions in those documents, oldest first; none when they agree.
	 */
	public List<Disagreement.Value> disagreement(Function<C, String> field) {
		Map<String, Set<Long>> byValue = Claims.documentsByValue(claims(), field);
		if (!differ(byValue.keySet())) {
			return List.of();
		}
		return byValue.entrySet()
			.stream()
			.map(entry -> new Disagreement.Value(entry.getKey(), List.copyOf(entry.getValue()),
					sourcesIn(entry.getValue())))
			.toList();
	}

	/** Whether claims giving these values disagree: two of the values given differ, as {@link Folding} compares them. */
	public static boolean differ(Collection<String> values) {
		return values.stream().filter(Objects::nonNull).map(Folding::fold).distinct().count() > 1;
	}

	/** Asks the stored claims of a fact whether one more recent than a given claim gives a value for a column. */
	@FunctionalInterface
	public interface NewerClaims {

		boolean giveValueFor(String column);

	}

	/**
	 * Where the rows of one kind of fact live.
	 * @param claims the table of its claims
	 * @param sources the table of its sources
	 * @param owner the column of both that holds the key of the fact
	 */
	public record ClaimTables(String claims, String sources, String owner) {
	}

}

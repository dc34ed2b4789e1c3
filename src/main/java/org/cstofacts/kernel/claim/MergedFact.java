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
import java.util.function.Supplier;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;

import org.cstofacts.extraction.Span;
import org.cstofacts.kernel.text.Folding;

/**
 * A fact that several articles may support: it keeps the claim and the mentions of each document,
 * and serves the values of the most recent one.
 * <p>
 * The served values are stored with the fact, together with the recency of its latest claim, so that a new claim can
 * be taken in without reading the claims stored before it ({@link #absorb}, {@link FactWriter}): each served field
 * follows its {@link MergeRule} from the served value and the claims more recent than the new one, which the latest
 * claim's recency answers at once (none) for a claim more recent than all, and a query of the stored claims
 * otherwise. {@link #claim} adds a claim to the loaded claims and computes the values again from all of them by the
 * same rules.
 *
 * @param <F> the fact itself
 * @param <C> what one document says about the fact
 */
@MappedSuperclass
public abstract class MergedFact<F extends MergedFact<F, C>, C extends Claim> {

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

	/** How each served field follows from the claims. */
	protected abstract List<MergeRule<F, C>> rules();

	/** Recomputes what follows from the served values (a search column), once they change. */
	protected void servedValuesChanged() {
	}

	@SuppressWarnings("unchecked")
	private F self() {
		return (F) this;
	}

	/** Recomputes the served values from the claims. */
	private void refresh() {
		rules().forEach(rule -> rule.refresh(self(), claims()));
		servedValuesChanged();
	}

	/** Takes in the values of a new claim as {@link #refresh} would compute them from all claims. */
	private void take(C claim, List<C> newer) {
		rules().forEach(rule -> rule.take(self(), claim, newer));
		servedValuesChanged();
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
	void absorb(C claim, Supplier<List<C>> newerClaims) {
		if (supersededBy(claim)) {
			take(claim, List.of());
			latestPublishedAt = claim.publishedAt();
			latestDocumentId = claim.documentId();
		}
		else {
			take(claim, newerClaims.get());
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

}

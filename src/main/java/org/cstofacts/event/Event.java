package org.cstofacts.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.cstofacts.extraction.ArticleFacts.DatePrecision;
import org.cstofacts.extraction.ArticleFacts.EventType;
import org.cstofacts.kernel.claim.Claims;
import org.cstofacts.kernel.claim.MergedFact;
import org.cstofacts.kernel.text.Folding;

/**
 * A dated event. Articles describe the same event when they give it the same type and compatible dates
 * and places; where they give another day or another city for it, every value is kept as a claim.
 */
@Entity
@Table(name = "event")
class Event extends MergedFact<EventClaim> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "type", nullable = false, length = 40)
	private EventType type;

	@Column(name = "title")
	private String title;

	@Column(name = "event_date")
	private LocalDate date;

	@Enumerated(EnumType.STRING)
	@Column(name = "date_precision", length = 10)
	private DatePrecision datePrecision;

	@Column(name = "place")
	private String place;

	@Column(name = "venue")
	private String venue;

	@Column(name = "occasion")
	private String occasion;

	@Column(name = "search_text", nullable = false)
	private String searchText = "";

	/** The label (the title, or the type when untitled) folded, as a {@link Folding#nameList}, for search. */
	@Column(name = "folded_names", nullable = false)
	private String foldedNames = "";

	/** The words of the place, venue, occasion and type, for search. */
	@Column(name = "folded_text", nullable = false)
	private String foldedText = "";

	/** The recency of the claim the served date is from (the most precise date wins, then the most recent). */
	@Column(name = "dated_published_at")
	private LocalDateTime datedPublishedAt;

	@Column(name = "dated_document_id")
	private Long datedDocumentId;

	@ElementCollection
	@CollectionTable(name = "event_claim", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "position")
	private List<EventClaim> claims = new ArrayList<>();

	/** The ids of the participants of every claim, so that the events of a person are one query (Attendance). */
	@ElementCollection
	@CollectionTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "person_id", nullable = false, length = 200)
	private Set<String> participantIds = new HashSet<>();

	protected Event() {
	}

	public Event(EventType type) {
		this.type = type;
	}

	@Override
	protected List<EventClaim> claims() {
		return claims;
	}

	@Override
	protected ClaimTables tables() {
		return new ClaimTables("event_claim", "event_sources", "event_id");
	}

	@Override
	protected void refresh() {
		date = null;
		datePrecision = null;
		datedPublishedAt = null;
		datedDocumentId = null;
		claims.stream()
			.filter(claim -> claim.date() != null)
			.max(Comparator.comparing((EventClaim claim) -> precisionRank(claim.datePrecision()))
				.thenComparing(Claims.BY_RECENCY))
			.ifPresent(this::dateFrom);
		title = Claims.primary(claims, EventClaim::title);
		place = Claims.primary(claims, EventClaim::place);
		venue = Claims.primary(claims, EventClaim::venue);
		occasion = Claims.primary(claims, EventClaim::occasion);
		List<String> participants = getParticipants();
		participantIds.retainAll(participants);
		participantIds.addAll(participants);
		refreshSearchText();
	}

	@Override
	protected void take(EventClaim claim, NewerClaims newer) {
		if (claim.date() != null && (date == null || isMorePreciseOrAsPreciseAndMoreRecent(claim))) {
			dateFrom(claim);
		}
		title = served(title, claim.title(), newer, "title");
		place = served(place, claim.place(), newer, "place");
		venue = served(venue, claim.venue(), newer, "venue");
		occasion = served(occasion, claim.occasion(), newer, "occasion");
		participantIds.addAll(Claims.split(claim.participants()));
		refreshSearchText();
	}

	private boolean isMorePreciseOrAsPreciseAndMoreRecent(EventClaim claim) {
		int byPrecision = Integer.compare(precisionRank(claim.datePrecision()), precisionRank(datePrecision));
		return byPrecision > 0
				|| byPrecision == 0 && Claims.BY_RECENCY.compare(claim, Claims.recency(datedDocumentId, datedPublishedAt)) > 0;
	}

	private void dateFrom(EventClaim claim) {
		date = claim.date();
		datePrecision = claim.datePrecision();
		datedPublishedAt = claim.publishedAt();
		datedDocumentId = claim.documentId();
	}

	private void refreshSearchText() {
		searchText = Folding.searchText(Stream.of(type.name(), title, place, venue, occasion).toList());
		foldedNames = Folding.nameList(List.of(getLabel()));
		foldedText = Folding.searchText(Stream.of(place, venue, occasion, type.name()).toList());
	}

	private static int precisionRank(DatePrecision precision) {
		return precision == null ? -1 : DatePrecision.values().length - precision.ordinal();
	}

	public Long getId() {
		return id;
	}

	public EventType getType() {
		return type;
	}

	public String getTitle() {
		return title;
	}

	/** The title, or the type when the articles give none. */
	public String getLabel() {
		return title != null ? title : type.name();
	}

	public LocalDate getDate() {
		return date;
	}

	public DatePrecision getDatePrecision() {
		return datePrecision;
	}

	/** The served date as precise as known. */
	public String getPreciseDate() {
		return EventDates.format(date, datePrecision);
	}

	public String getPlace() {
		return place;
	}

	public String getVenue() {
		return venue;
	}

	public String getOccasion() {
		return occasion;
	}

	/** Whether articles give dates that cannot be one day: a year and a day within it are one date. */
	boolean datesDisagree() {
		return datesDisagree(claims.stream().map(EventClaim::preciseDate).toList());
	}

	/** Whether dates as precise as articles give them (null when one gives none) cannot be one day. */
	static boolean datesDisagree(Collection<String> preciseDates) {
		List<String> dates = preciseDates.stream().filter(Objects::nonNull).distinct().toList();
		return dates.stream()
			.anyMatch(one -> dates.stream().anyMatch(other -> !one.startsWith(other) && !other.startsWith(one)));
	}

	/** The ids of the people who took part, by every article's account. */
	public List<String> getParticipants() {
		return Claims.union(claims, EventClaim::participants);
	}

}

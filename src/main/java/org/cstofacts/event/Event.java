package org.cstofacts.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Comparator;
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
import org.cstofacts.kernel.claim.Claim;
import org.cstofacts.kernel.claim.MergeRule;
import org.cstofacts.kernel.claim.MergedFact;
import org.cstofacts.kernel.text.Folding;

/**
 * A dated event. Articles describe the same event when they give it the same type and compatible dates
 * and places; where they give another day or another city for it, every value is kept as a claim.
 */
@Entity
@Table(name = "event")
class Event extends MergedFact<Event, EventClaim> {

	/** The most precise date wins, then the most recent. */
	private static final Comparator<Dated> DATES_BY_RANK = Comparator
		.comparing((Dated dated) -> precisionRank(dated.precision()))
		.thenComparing(Claims.BY_RECENCY);

	private static final List<MergeRule<Event, EventClaim>> RULES = List.of(
			MergeRule.best(Dated::of, DATES_BY_RANK, Event::dated, Event::dateFrom),
			MergeRule.latest(EventClaim::title, (event, title) -> event.title = title),
			MergeRule.latest(EventClaim::place, (event, place) -> event.place = place),
			MergeRule.latest(EventClaim::venue, (event, venue) -> event.venue = venue),
			MergeRule.latest(EventClaim::occasion, (event, occasion) -> event.occasion = occasion),
			new MergeRule<Event, EventClaim>() {

				@Override
				public void refresh(Event event, List<EventClaim> claims) {
					List<String> participants = Claims.union(claims, EventClaim::participants);
					event.participantIds.retainAll(participants);
					event.participantIds.addAll(participants);
				}

				@Override
				public void take(Event event, EventClaim claim, List<EventClaim> newer) {
					event.participantIds.addAll(Claims.split(claim.participants()));
				}

			});

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
	protected List<MergeRule<Event, EventClaim>> rules() {
		return RULES;
	}

	/** A date a claim gives, with the recency of the claim, which the served date keeps to be ranked against. */
	private record Dated(LocalDate date, DatePrecision precision, Long documentId, LocalDateTime publishedAt)
			implements Claim {

		static Dated of(EventClaim claim) {
			return claim.date() == null ? null
					: new Dated(claim.date(), claim.datePrecision(), claim.documentId(), claim.publishedAt());
		}

	}

	private Dated dated() {
		return date == null ? null : new Dated(date, datePrecision, datedDocumentId, datedPublishedAt);
	}

	private void dateFrom(Dated dated) {
		date = dated == null ? null : dated.date();
		datePrecision = dated == null ? null : dated.precision();
		datedDocumentId = dated == null ? null : dated.documentId();
		datedPublishedAt = dated == null ? null : dated.publishedAt();
	}

	@Override
	protected void servedValuesChanged() {
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

package org.cstofacts.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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

import org.cstofacts.document.Claims;
import org.cstofacts.document.MergedFact;
import org.cstofacts.extraction.ArticleFacts.DatePrecision;
import org.cstofacts.extraction.ArticleFacts.EventType;
import org.cstofacts.search.Folding;

/**
 * A dated event. Articles describe the same event when they give it the same type and compatible dates
 * and places; where they give another day or another city for it, every value is kept as a claim.
 */
@Entity
@Table(name = "event")
public class Event extends MergedFact<EventClaim> {

	/** How far apart two articles may date one event in one city. */
	private static final int MISDATED_DAYS = 2;

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

	@ElementCollection
	@CollectionTable(name = "event_claim", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "position")
	private List<EventClaim> claims = new ArrayList<>();

	protected Event() {
	}

	public Event(EventType type) {
		this.type = type;
	}

	/**
	 * Whether an article's event of this type, date and place is this one: the same dates and places (one
	 * may be vaguer), or a disagreement about one of them (the same day in another city, or a day or two
	 * apart in the same city, as when articles count from different time zones).
	 */
	public boolean describes(EventType otherType, LocalDate otherDate, DatePrecision otherPrecision, String otherPlace) {
		if (type != otherType) {
			return false;
		}
		return claims.stream().anyMatch(claim -> {
			boolean compatibleDates = EventDates.compatible(claim.date(), claim.datePrecision(), otherDate,
					otherPrecision);
			boolean samePlace = claim.place() != null && otherPlace != null
					&& Folding.fold(claim.place()).equals(Folding.fold(otherPlace));
			boolean placeOpen = samePlace || claim.place() == null || otherPlace == null;
			boolean bothDays = claim.datePrecision() == DatePrecision.DAY && otherPrecision == DatePrecision.DAY;
			boolean daysApart = bothDays && claim.date() != null && otherDate != null
					&& Math.abs(ChronoUnit.DAYS.between(claim.date(), otherDate)) <= MISDATED_DAYS;
			return compatibleDates && placeOpen || bothDays && Objects.equals(claim.date(), otherDate)
					|| samePlace && daysApart;
		});
	}

	@Override
	protected List<EventClaim> claims() {
		return claims;
	}

	@Override
	protected void refresh() {
		EventClaim dating = claims.stream()
			.filter(claim -> claim.date() != null)
			.max(Comparator.comparing((EventClaim claim) -> precisionRank(claim.datePrecision()))
				.thenComparing(Claims.BY_RECENCY))
			.orElse(null);
		date = dating == null ? null : dating.date();
		datePrecision = dating == null ? null : dating.datePrecision();
		title = Claims.primary(claims, EventClaim::title);
		place = Claims.primary(claims, EventClaim::place);
		venue = Claims.primary(claims, EventClaim::venue);
		occasion = Claims.primary(claims, EventClaim::occasion);
		searchText = Folding.searchText(Stream.of(type.name(), title, place, venue, occasion).toList());
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

	/** The ids of the people who took part, by every article's account. */
	public List<String> getParticipants() {
		return Claims.union(claims, EventClaim::participants);
	}

}

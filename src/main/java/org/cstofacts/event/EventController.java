package org.cstofacts.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springdoc.core.annotations.ParameterObject;

import org.cstofacts.kernel.web.PagingParameters;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EventController {

	private static final Set<String> SORTABLE = Set.of("id", "date", "type", "title", "place");

	private final EventService events;

	EventController(EventService events) {
		this.events = events;
	}

	@GetMapping(path = "/api/events", produces = "application/json")
	@Operation(summary = "List the dated events",
			description = "Sortable by date, id, type, title, place; by date ascending when no sort is given.")
	PagedModel<EventDto> list(
			@Parameter(description = "Event type: SUMMIT, TREATY_SIGNED or ORGANIZATION_FOUNDED") @RequestParam(required = false) String type,
			@Parameter(description = "Earliest date, inclusive (ISO-8601, e.g. 2001-02-03)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "Latest date, inclusive (ISO-8601, e.g. 2001-02-03)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@ParameterObject PagingParameters paging) {
		return new PagedModel<>(events.list(type, from, to, paging.toPageable(SORTABLE, EventService.CHRONOLOGICAL)));
	}

	@GetMapping(path = "/api/events/{id}", produces = "application/json")
	@Operation(summary = "One event")
	EventDto get(@Parameter(description = "Event id", example = "1") @PathVariable Long id) {
		return events.get(id);
	}

	@GetMapping(path = "/api/summits", produces = "application/json")
	@Operation(summary = "List the summits with their attendees",
			description = "Events of type SUMMIT. Sortable by date, id, type, title, place; by date ascending when no sort is given.")
	PagedModel<SummitDto> summits(@ParameterObject PagingParameters paging) {
		return new PagedModel<>(events.summits(paging.toPageable(SORTABLE, EventService.CHRONOLOGICAL)));
	}

	@GetMapping(path = "/api/summits/{id}", produces = "application/json")
	@Operation(summary = "One summit with its attendees")
	SummitDto summit(@Parameter(description = "Event id of the summit", example = "1") @PathVariable Long id) {
		return events.summit(id);
	}

	@GetMapping(path = "/api/timeline", produces = "application/json")
	@Operation(summary = "Every event in date order, unpaged, for a timeline view")
	List<EventDto> timeline() {
		return events.timeline();
	}

}

package org.cstofacts.event;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.cstofacts.extraction.ArticleFacts.DatePrecision;
import org.cstofacts.extraction.ArticleFacts.EventType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(EventController.class)
class EventControllerTest {

	static final EventDto SUMMIT = new EventDto(7L, EventType.SUMMIT, "summit", "2002-05", DatePrecision.MONTH,
			"Moscow", null, null, List.of("anna-example"), List.of());

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private EventService events;

	@Test
	void listsEventsBetweenTwoDatesByDateAscendingByDefault() throws Exception {
		given(events.list("SUMMIT", LocalDate.of(2002, 1, 1), LocalDate.of(2002, 12, 31),
				PageRequest.of(0, 20, EventService.CHRONOLOGICAL)))
			.willReturn(new PageImpl<>(List.of(SUMMIT), PageRequest.of(0, 20), 1));

		mvc.perform(get("/api/events?type=SUMMIT&from=2002-01-01&to=2002-12-31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].date").value("2002-05"))
			.andExpect(jsonPath("$.content[0].datePrecision").value("MONTH"));
	}

	@Test
	void sortsByDateDescendingWhenAsked() throws Exception {
		given(events.list(null, null, null, PageRequest.of(0, 20, Sort.by(Sort.Order.desc("date")))))
			.willReturn(new PageImpl<>(List.of(SUMMIT), PageRequest.of(0, 20), 1));

		mvc.perform(get("/api/events?sort=date,desc")).andExpect(jsonPath("$.content[0].id").value(7));
	}

	@Test
	void aMalformedDateIsA400ProblemNamingTheParameter() throws Exception {
		mvc.perform(get("/api/events?from=2022-13-45"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("from"));
		verifyNoInteractions(events);
	}

	@Test
	void summitsCarryTheirAttendeesAndTheTimelineIsAPlainList() throws Exception {
		given(events.summit(7L)).willReturn(new SummitDto(SUMMIT,
				List.of(new SummitDto.Attendee("anna-example", "Anna Example", "President", "KAZ")), 3));
		given(events.timeline()).willReturn(List.of(SUMMIT));

		mvc.perform(get("/api/summits/7"))
			.andExpect(jsonPath("$.type").value("SUMMIT"))
			.andExpect(jsonPath("$.attendees[0].country").value("KAZ"))
			.andExpect(jsonPath("$.statementCount").value(3));
		mvc.perform(get("/api/timeline")).andExpect(jsonPath("$[0].place").value("Moscow"));
	}

}

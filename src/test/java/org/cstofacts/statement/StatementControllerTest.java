package org.cstofacts.statement;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.cstofacts.extraction.ArticleFacts.SpeakerType;
import org.cstofacts.extraction.ArticleFacts.StatementKind;
import org.cstofacts.kernel.claim.SourceDto;
import org.cstofacts.kernel.web.InvalidParameterException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(StatementController.class)
class StatementControllerTest {

	static final StatementDto QUOTE = new StatementDto(4L, "our borders are a common task", StatementKind.QUOTE,
			new StatementDto.SpeakerDto(SpeakerType.PERSON, "anna-example", "Anna Example"), "Security", 1L,
			new SourceDto(1L, 120, 149));

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private StatementService statements;

	@Test
	void filtersStatementsInReadingOrderByDefault() throws Exception {
		given(statements.list("anna-example", "QUOTE", "Security", "borders",
				PageRequest.of(0, 20, StatementService.READING_ORDER)))
			.willReturn(new PageImpl<>(List.of(QUOTE), PageRequest.of(0, 20), 1));

		mvc.perform(get("/api/statements?speaker=anna-example&kind=QUOTE&topic=Security&q=borders"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].speaker.type").value("PERSON"))
			.andExpect(jsonPath("$.content[0].span.start").value(120))
			.andExpect(jsonPath("$.content[0].documentId").value(1));
	}

	@Test
	void anUnknownKindIsA400ProblemNamingIt() throws Exception {
		given(statements.list(any(), eq("GOSSIP"), any(), any(), any()))
			.willThrow(new InvalidParameterException("kind", "kind must be QUOTE or REPORTED"));

		mvc.perform(get("/api/statements?kind=GOSSIP"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("kind"));
	}

	@Test
	void aStatementIdThatIsNotANumberIsA400Problem() throws Exception {
		mvc.perform(get("/api/statements/abc")).andExpect(status().isBadRequest());
	}

}

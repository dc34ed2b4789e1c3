package org.cstofacts.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A client stores articles whose title and source name begin with what a spreadsheet reads as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}, and a tab or carriage return before one), hoping that whoever opens
 * the CSV export runs it (issue 13 found {@code =cmd|' /C calc'!A0} exported as it was). No cell of the export may
 * begin so, once read as RFC 4180 says: OWASP's advice is to make such a cell text, with a leading {@code '}.
 */
@SpringBootTest(properties = { "csto.data-dir=target/no-articles", "csto.api-key=" + CsvInjectionTest.API_KEY })
@AutoConfigureMockMvc
class CsvInjectionTest {

	static final String API_KEY = "csv-key";

	/** Title line and source name of each article posted: what an attacker would write. */
	private static final Map<String, String> FORMULAS = Map.of("=HYPERLINK(\"http://attacker.example\",\"Open\")",
			"=cmd|' /C calc'!A0", "+SUM(1,2)", "+1+1", "-2+3+cmd|' /C calc'!A0", "-1+1", "@SUM(A1:A2)",
			"@import", "Tab Then Formula", "\t=1+1", "Carriage Return Then Formula", "\r=1+1");

	private static final String DANGEROUS_FIRST = "=+-@\t\r";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Test
	void noCellOfTheCsvExportBeginsWithWhatASpreadsheetRunsAsAFormula() throws Exception {
		for (Map.Entry<String, String> formula : FORMULAS.entrySet()) {
			String text = formula.getKey() + "\n\nA paragraph of the article titled so.\n";
			int status = this.mvc
				.perform(post("/api/documents").header("X-API-Key", API_KEY)
					.contentType(MediaType.APPLICATION_JSON)
					.content(JSON.writeValueAsString(Map.of("text", text, "sourceName", formula.getValue()))))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as("storing %s", formula.getKey()).isEqualTo(201);
		}

		String csv = this.mvc.perform(get("/api/export/csv?collection=documents"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		List<List<String>> rows = rowsOf(csv);
		assertThat(rows).hasSize(FORMULAS.size() + 1);
		assertThat(csv).contains("cmd|' /C calc'!A0").contains("HYPERLINK");
		for (List<String> row : rows) {
			for (String cell : row) {
				assertThat(cell.isEmpty() || DANGEROUS_FIRST.indexOf(cell.charAt(0)) < 0)
					.as("cell %s of row %s", cell, row)
					.isTrue();
			}
		}
	}

	/** The rows of an RFC 4180 text, each a list of its cells unquoted, as a spreadsheet reads them. */
	private static List<List<String>> rowsOf(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int at = 0; at < csv.length(); at++) {
			char next = csv.charAt(at);
			if (quoted && next == '"' && at + 1 < csv.length() && csv.charAt(at + 1) == '"') {
				cell.append('"');
				at++;
			}
			else if (next == '"') {
				quoted = !quoted;
			}
			else if (!quoted && next == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (!quoted && (next == '\n' || next == '\r')) {
				if (next == '\r' && at + 1 < csv.length() && csv.charAt(at + 1) == '\n') {
					at++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				cell.append(next);
			}
		}
		return rows;
	}

}

package org.cstofacts.export;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 4180 CSV for spreadsheets and scripts. A field is quoted when it must be; a list is one field holding a JSON
 * array, which no value can make ambiguous; and a text a spreadsheet would run as a formula is neutralised as OWASP
 * recommends, with an apostrophe before it.
 */
final class Csv {

	/** What makes a spreadsheet read a cell as a formula (OWASP, CSV injection). */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private Csv() {
	}

	static String of(List<String> header, List<List<Object>> rows) {
		StringBuilder csv = new StringBuilder();
		line(csv, header.stream().map(Object.class::cast).toList());
		rows.forEach(row -> line(csv, row));
		return csv.toString();
	}

	private static void line(StringBuilder csv, List<Object> fields) {
		csv.append(fields.stream().map(Csv::field).collect(Collectors.joining(","))).append("\r\n");
	}

	private static String field(Object value) {
		String text;
		if (value == null) {
			text = "";
		}
		else if (value instanceof Collection<?> list) {
			text = JsonMapper.shared().writeValueAsString(list);
		}
		else if (value instanceof Number || value instanceof Boolean) {
			text = value.toString();
		}
		else {
			text = neutralised(value.toString());
		}
		boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0;
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	private static String neutralised(String text) {
		return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

}

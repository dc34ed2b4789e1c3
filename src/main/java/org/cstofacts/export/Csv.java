package org.cstofacts.export;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** RFC 4180 CSV: every field quoted when it must be, lists joined with "; ". */
final class Csv {

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
		String text = value instanceof Collection<?> list
				? list.stream().map(String::valueOf).collect(Collectors.joining("; "))
				: Objects.toString(value, "");
		boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0;
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

}

package org.cstofacts.clients;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Compares what a generated client decoded from an answer with the JSON the service sent, field by field: every
 * value the service sent must come out of the client as sent. A consumer program marks a value its client decoded
 * as an instant (a JavaScript {@code Date}) as {@code {"$date": "...Z"}}: it equals a time only when that time
 * carries an offset and names the same instant; a time without an offset read as an instant has been shifted by
 * the client's zone. A null and a missing field are the same.
 */
final class DecodedAnswer {

	private static final String DATE = "$date";

	private final List<String> differences = new ArrayList<>();

	private DecodedAnswer() {
	}

	/** The differences between the two, each naming the path to it; none when the client decoded what was sent. */
	static List<String> differences(JsonNode raw, JsonNode decoded) {
		DecodedAnswer comparison = new DecodedAnswer();
		comparison.compare("$", raw, decoded);
		return comparison.differences;
	}

	private void compare(String path, JsonNode raw, JsonNode decoded) {
		boolean rawNull = isNull(raw);
		boolean decodedNull = isNull(decoded);
		if (rawNull || decodedNull) {
			if (rawNull != decodedNull) {
				differ(path, raw, decoded);
			}
			return;
		}
		if (decoded.isObject() && decoded.size() == 1 && decoded.has(DATE)) {
			compareInstant(path, raw, decoded.get(DATE).asString());
		}
		else if (raw.isObject()) {
			compareObjects(path, raw, decoded);
		}
		else if (raw.isArray()) {
			compareArrays(path, raw, decoded);
		}
		else if (raw.isNumber()) {
			if (!decoded.isNumber() || raw.decimalValue().compareTo(decoded.decimalValue()) != 0) {
				differ(path, raw, decoded);
			}
		}
		else if (raw.isString()) {
			if (!decoded.isString() || !(raw.asString().equals(decoded.asString())
					|| sameInstant(raw.asString(), decoded.asString()))) {
				differ(path, raw, decoded);
			}
		}
		else if (!raw.equals(decoded)) {
			differ(path, raw, decoded);
		}
	}

	private void compareObjects(String path, JsonNode raw, JsonNode decoded) {
		if (!decoded.isObject()) {
			differ(path, raw, decoded);
			return;
		}
		Set<String> names = new LinkedHashSet<>(raw.propertyNames());
		names.addAll(decoded.propertyNames());
		for (String name : names) {
			compare(path + "." + name, raw.get(name), decoded.get(name));
		}
	}

	private void compareArrays(String path, JsonNode raw, JsonNode decoded) {
		if (!decoded.isArray() || decoded.size() != raw.size()) {
			differ(path, raw, decoded);
			return;
		}
		for (int i = 0; i < raw.size(); i++) {
			compare(path + "[" + i + "]", raw.get(i), decoded.get(i));
		}
	}

	private void compareInstant(String path, JsonNode raw, String decodedInstant) {
		if (!raw.isString()) {
			differ(path, raw, decodedInstant);
			return;
		}
		try {
			if (!OffsetDateTime.parse(raw.asString()).toInstant().equals(Instant.parse(decodedInstant))) {
				differ(path, raw, decodedInstant);
			}
		}
		catch (DateTimeParseException withoutOffset) {
			this.differences.add("%s: the time %s, which has no offset, was read as the instant %s (shifted by the client's zone)"
				.formatted(path, raw, decodedInstant));
		}
	}

	private static boolean sameInstant(String raw, String decoded) {
		try {
			return OffsetDateTime.parse(raw).isEqual(OffsetDateTime.parse(decoded));
		}
		catch (DateTimeParseException notTimes) {
			return false;
		}
	}

	private static boolean isNull(JsonNode node) {
		return node == null || node.isNull() || node.isMissingNode();
	}

	private void differ(String path, Object raw, Object decoded) {
		this.differences.add("%s: sent %s, decoded %s".formatted(path, shorten(raw), shorten(decoded)));
	}

	private static String shorten(Object value) {
		String text = String.valueOf(value);
		return text.length() <= 200 ? text : text.substring(0, 200) + "...";
	}

}

package org.cstofacts.hardening;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What an attacker or a careless client sends, and what every answer to it must look like. */
final class HostileInput {

	static final List<String> INJECTIONS = List.of("' OR '1'='1", "1; DROP TABLE country; --", "\" OR \"\"=\"",
			"1' UNION SELECT NULL, NULL --", "%' AND 1=1 --", "admin'--", "<script>alert(1)</script>",
			"\"><img src=x onerror=alert(1)>", "${jndi:ldap://127.0.0.1/a}", "#{7*7}", "{{7*7}}", "../../../etc/passwd",
			"..%2F..%2Fetc%2Fpasswd", "%00", "\u0000", "\r\nSet-Cookie: a=b", "() { :; }; echo", "$(id)", "`id`",
			"*", "%", "_", "\\", "'", "\"", ";", ",", ",,,", "id,", ",asc", "id,asc,desc", "name;desc", "code,ASC",
			"null", "undefined", "NaN", "Infinity", "-Infinity", "true", "false", "[]", "{}", "0x7fffffff");

	static final List<String> HUGE_NUMBERS = List.of("2147483647", "2147483648", "-2147483649",
			"9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e309", "-0", "00000000000000000001",
			"1.5", "1,5", "1_000", "+1", "99999999999999999999999999999999999999999999", "-1", "0", "100", "101");

	/** A stack frame, or a class name of the JVM, Spring or Hibernate: internals no answer may show. */
	private static final Pattern INTERNALS = Pattern
		.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|\\bjava\\.lang\\.|\\borg\\.springframework\\.|\\borg\\.hibernate\\.|\\borg\\.h2\\.|\\bjakarta\\.");

	private HostileInput() {
	}

	/** Text of every kind: any UTF-16 code units, printable ASCII, injections, numbers, the empty string. */
	static String value(RandomInput random) {
		return switch (random.weighted(3, 2, 1, 3, 3, 1, 1)) {
			case 0 -> random.anyString(60);
			case 1 -> random.stringBetween(' ', '~', 40);
			case 2 -> random.stringBetween('\u0000', '\u001f', 8);
			case 3 -> random.pick(INJECTIONS);
			case 4 -> number(random);
			case 5 -> random.stringOf("é€😀\u202e\ufeff\ud800 ", 10);
			default -> "";
		};
	}

	static String number(RandomInput random) {
		return switch (random.weighted(1, 1, 1)) {
			case 0 -> random.pick(HUGE_NUMBERS);
			case 1 -> random.bigInteger(BigInteger.TEN.pow(40)).toString();
			default -> String.valueOf(random.anyDouble());
		};
	}

	/** A value as it appears in a URI: percent-encoded text, or raw bytes (not always UTF-8) percent-encoded. */
	static String encodedValue(RandomInput random) {
		if (random.weighted(6, 1) == 0) {
			return encode(value(random));
		}
		StringBuilder encoded = new StringBuilder();
		for (byte b : random.bytes(12)) {
			encoded.append(String.format("%%%02X", b & 0xff));
		}
		return encoded.toString();
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** Never a 5xx; a 4xx is an RFC 9457 problem with its status; no answer shows internals or HTML. */
	static void assertWellFormed(HttpResponse<String> response) {
		int status = response.statusCode();
		String body = response.body();
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		assertThat(status).as("status of %s", response.uri()).isBetween(200, 499);
		assertThat(INTERNALS.matcher(body).find()).as("internals in the answer to %s: %s", response.uri(), body)
			.isFalse();
		assertThat(body.toLowerCase()).as("answer to %s", response.uri()).doesNotContain("<html", "<!doctype");
		if (status >= 400) {
			assertThat(contentType).as("media type of a %d to %s", status, response.uri())
				.startsWith("application/problem+json");
			JsonNode problem = RunningService.json(body);
			assertThat(problem.path("status").asInt()).as("problem status for %s", response.uri()).isEqualTo(status);
			assertThat(problem.path("title").asString("")).as("problem title for %s", response.uri()).isNotBlank();
		}
	}

}

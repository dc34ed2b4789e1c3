package org.cstofacts.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile bodies, media types and keys on {@code POST /api/documents}: always a 2xx or a 4xx problem, never a
 * 5xx; a refused write stores nothing, an accepted one stores at most one document.
 */
class PostBodyPropertiesTest {

	private static final List<String> CONTENT_TYPES = List.of("text/plain", "text/plain;charset=UTF-8",
			"text/plain;charset=ISO-8859-1", "text/plain;charset=UTF-16", "text/plain;charset=no-such-charset",
			"application/json", "application/json;charset=UTF-8", "application/xml", "multipart/form-data",
			"application/x-www-form-urlencoded", "application/octet-stream", "text/html", "*/*", "text/*", "x/y",
			"application/json;;;", "text/plain; charset=\"utf-8\"");

	private static RunningService service;

	private static String article;

	@BeforeAll
	static void startTheService() {
		service = RunningService.start();
		try (InputStream in = PostBodyPropertiesTest.class.getResourceAsStream("/articles/csto-summit-2017-11-30.txt")) {
			article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@AfterAll
	static void stopTheService() {
		if (service != null) {
			service.close();
		}
	}

	private static final int TRIES = 120;

	@Test
	void hostileBodiesGetA2xxOrA4xxProblemAndARefusalStoresNothing() {
		RandomInput random = new RandomInput(7002L);
		for (int attempt = 0; attempt < TRIES; attempt++) {
			byte[] body = body(random);
			String contentType = random.weighted(6, 3) == 0 ? random.pick(List.of("text/plain", "application/json"))
					: random.pick(CONTENT_TYPES);
			String key = key(random);
			long before = service.storedDocuments();
			HttpResponse<String> response = service.post("/api/documents", body, contentType, key);
			HostileInput.assertWellFormed(response);
			long after = service.storedDocuments();
			if (response.statusCode() == 201) {
				assertThat(after).as("documents after a 201 (try %d)", attempt).isEqualTo(before + 1);
			}
			else {
				assertThat(after).as("documents after a %d (try %d)", response.statusCode(), attempt).isEqualTo(before);
			}
		}
	}

	private static byte[] body(RandomInput random) {
		return switch (random.weighted(12, 3, 1)) {
			case 0 -> text(random).getBytes(StandardCharsets.UTF_8);
			case 1 -> random.bytes(300);
			default -> "a".repeat(random.between(1024 * 1024 + 1, 1024 * 1024 + 4096)).getBytes(StandardCharsets.UTF_8);
		};
	}

	private static String text(RandomInput random) {
		return switch (random.weighted(4, 3, 3, 1)) {
			case 0 -> HostileInput.value(random);
			case 1 -> mangledArticle(random);
			case 2 -> jsonDocument(random);
			default -> random.pick(List.of("[".repeat(5000), "{\"text\":".repeat(2000), "\"" + "a".repeat(10)));
		};
	}

	private static String key(RandomInput random) {
		return switch (random.weighted(8, 1, 1)) {
			case 0 -> RunningService.API_KEY;
			case 1 -> null;
			default -> random.pick(List.of("", "wrong", RunningService.API_KEY + " ", "' OR '1'='1"));
		};
	}

	/** The JSON body with hostile members: strings, numbers, nulls, nested values, unknown fields. */
	private static String jsonDocument(RandomInput random) {
		String extra = random.pick(List.of("text", "sourceName", "TEXT", "", "__proto__"));
		return "{\"text\":" + jsonValue(random) + ",\"sourceName\":" + jsonValue(random) + ",\"" + extra + "\":1}";
	}

	private static String jsonValue(RandomInput random) {
		return switch (random.weighted(1, 1, 1, 1)) {
			case 0 -> jsonString(HostileInput.value(random));
			case 1 -> HostileInput.number(random);
			case 2 -> random.pick(List.of("null", "true", "[]", "{}", "[\"a\"]", "{\"text\":\"x\"}"));
			default -> jsonString(mangledArticle(random));
		};
	}

	/** The article with a stretch cut out and hostile text spliced in. */
	private static String mangledArticle(RandomInput random) {
		int from = random.between(0, article.length());
		int to = random.between(0, article.length());
		return article.substring(0, Math.min(from, to)) + HostileInput.value(random) + article.substring(Math.max(from, to));
	}

	private static String jsonString(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"').toString();
	}

}

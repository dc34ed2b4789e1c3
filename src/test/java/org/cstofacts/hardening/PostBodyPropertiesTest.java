package org.cstofacts.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

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

	@BeforeContainer
	static void startTheService() {
		service = RunningService.start();
		try (InputStream in = PostBodyPropertiesTest.class.getResourceAsStream("/articles/csto-summit-2017-11-30.txt")) {
			article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@AfterContainer
	static void stopTheService() {
		if (service != null) {
			service.close();
		}
	}

	@Property(tries = 120)
	void hostileBodiesGetA2xxOrA4xxProblemAndARefusalStoresNothing(@ForAll("bodies") byte[] body,
			@ForAll("contentTypes") String contentType, @ForAll("keys") String key) {
		long before = service.storedDocuments();
		HttpResponse<String> response = service.post("/api/documents", body, contentType, key);
		HostileInput.assertWellFormed(response);
		long after = service.storedDocuments();
		if (response.statusCode() == 201) {
			assertThat(after).as("documents after a 201").isEqualTo(before + 1);
		}
		else {
			assertThat(after).as("documents after a %d", response.statusCode()).isEqualTo(before);
		}
	}

	@Provide
	Arbitrary<byte[]> bodies() {
		Arbitrary<String> texts = Arbitraries.frequencyOf(Tuple.of(4, HostileInput.values()),
				Tuple.of(3, mangledArticles()),
				Tuple.of(3, jsonDocuments()),
				Tuple.of(1, Arbitraries.of("[".repeat(5000), "{\"text\":".repeat(2000), "\"" + "a".repeat(10))));
		Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
		Arbitrary<byte[]> tooLarge = Arbitraries.integers()
			.between(1024 * 1024 + 1, 1024 * 1024 + 4096)
			.map(size -> "a".repeat(size).getBytes(StandardCharsets.UTF_8));
		return Arbitraries.frequencyOf(
				Tuple.of(12, texts.map(text -> text.getBytes(StandardCharsets.UTF_8))),
				Tuple.of(3, bytes), Tuple.of(1, tooLarge));
	}

	@Provide
	Arbitrary<String> contentTypes() {
		return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of("text/plain", "application/json")),
				Tuple.of(3, Arbitraries.of(CONTENT_TYPES)));
	}

	@Provide
	Arbitrary<String> keys() {
		return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(RunningService.API_KEY)),
				Tuple.of(1, Arbitraries.just(null)),
				Tuple.of(1, Arbitraries.of("", "wrong", RunningService.API_KEY + " ", "' OR '1'='1")));
	}

	/** The JSON body with hostile members: strings, numbers, nulls, nested values, unknown fields. */
	private static Arbitrary<String> jsonDocuments() {
		Arbitrary<String> value = Arbitraries.oneOf(HostileInput.values().map(PostBodyPropertiesTest::jsonString),
				HostileInput.numbers(), Arbitraries.of("null", "true", "[]", "{}", "[\"a\"]", "{\"text\":\"x\"}"),
				mangledArticles().map(PostBodyPropertiesTest::jsonString));
		return Combinators.combine(value, value, Arbitraries.of("text", "sourceName", "TEXT", "", "__proto__"))
			.as((text, source, extra) -> "{\"text\":" + text + ",\"sourceName\":" + source + ",\"" + extra + "\":1}");
	}

	/** The article cut, with lines dropped or duplicated and hostile text spliced in. */
	private static Arbitrary<String> mangledArticles() {
		return Combinators
			.combine(Arbitraries.integers().between(0, article.length()), Arbitraries.integers().between(0, article.length()),
					HostileInput.values())
			.as((from, to, splice) -> article.substring(0, Math.min(from, to)) + splice
					+ article.substring(Math.max(from, to)));
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

package org.cstofacts.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GET endpoint of the OpenAPI document, with hostile values in its path variables and query parameters
 * (its own and made-up ones, some repeated) and odd {@code Accept} headers: always a 2xx or a 4xx problem, never
 * a 5xx, a stack trace or an HTML page.
 */
class QueryParameterPropertiesTest {

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

	private static final List<String> ACCEPT = List.of("application/json", "*/*", "application/problem+json",
			"text/html", "text/csv", "application/ld+json", "application/xml", "text/plain", "image/png", "x/y;q=abc",
			"application/json;q=0", ";;;", "application/json, text/html;q=0.5", "");

	private static RunningService service;

	private static List<Endpoint> endpoints;

	@BeforeAll
	static void startTheService() {
		service = RunningService.start();
		endpoints = endpointsOf(RunningService.json(service.get("/v3/api-docs", "application/json").body()));
		assertThat(endpoints).as("GET endpoints in the OpenAPI document").hasSizeGreaterThan(15);
	}

	@AfterAll
	static void stopTheService() {
		if (service != null) {
			service.close();
		}
	}

	private static final int TRIES = 200;

	@Test
	void everyEndpointAnswersHostileParametersWithA2xxOrA4xxProblem() {
		RandomInput random = new RandomInput(7001L);
		for (int attempt = 0; attempt < TRIES; attempt++) {
			Request request = request(random);
			HostileInput.assertWellFormed(service.get(request.pathAndQuery(), request.accept()));
		}
	}

	private static Request request(RandomInput random) {
		Endpoint endpoint = random.pick(endpoints);
		List<String> parameters = new ArrayList<>();
		int count = random.between(0, 4);
		for (int i = 0; i < count; i++) {
			String name = endpoint.parameters().isEmpty() || random.weighted(8, 1) == 1
					? HostileInput.encodedValue(random) : random.pick(endpoint.parameters());
			parameters.add(name + "=" + HostileInput.encodedValue(random));
		}
		String path = pathOf(endpoint.path(), random);
		String query = String.join("&", parameters);
		String accept = random.weighted(3, 2) == 0 ? null : random.pick(ACCEPT);
		return new Request(query.isEmpty() ? path : path + "?" + query, accept);
	}

	/** Each variable of the template replaced by a hostile value, percent-encoded as a path segment. */
	private static String pathOf(String template, RandomInput random) {
		StringBuilder path = new StringBuilder();
		Matcher matcher = PATH_VARIABLE.matcher(template);
		while (matcher.find()) {
			String value = HostileInput.encodedValue(random).replace("+", "%20");
			matcher.appendReplacement(path, Matcher.quoteReplacement(value.isEmpty() ? "%20" : value));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	private static List<Endpoint> endpointsOf(JsonNode openApi) {
		List<Endpoint> found = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
			JsonNode get = path.getValue().path("get");
			if (get.isMissingNode() || !path.getKey().startsWith("/api")) {
				continue;
			}
			List<String> parameters = new ArrayList<>();
			for (JsonNode parameter : get.path("parameters")) {
				if ("query".equals(parameter.path("in").asString(""))) {
					parameters.add(parameter.path("name").asString(""));
				}
			}
			found.add(new Endpoint(path.getKey(), List.copyOf(parameters)));
		}
		return found;
	}

	record Endpoint(String path, List<String> parameters) {
	}

	record Request(String pathAndQuery, String accept) {
	}

}

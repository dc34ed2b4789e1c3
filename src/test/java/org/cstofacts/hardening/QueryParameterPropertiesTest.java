package org.cstofacts.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
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

	@BeforeContainer
	static void startTheService() {
		service = RunningService.start();
		endpoints = endpointsOf(RunningService.json(service.get("/v3/api-docs", "application/json").body()));
		assertThat(endpoints).as("GET endpoints in the OpenAPI document").hasSizeGreaterThan(15);
	}

	@AfterContainer
	static void stopTheService() {
		if (service != null) {
			service.close();
		}
	}

	@Property(tries = 200)
	void everyEndpointAnswersHostileParametersWithA2xxOrA4xxProblem(@ForAll("requests") Request request) {
		HostileInput.assertWellFormed(service.get(request.pathAndQuery(), request.accept()));
	}

	@Provide
	Arbitrary<Request> requests() {
		return Arbitraries.of(endpoints).flatMap(endpoint -> {
			Arbitrary<String> path = pathOf(endpoint.path());
			Arbitrary<String> madeUp = HostileInput.encodedValues();
			Arbitrary<String> name = endpoint.parameters().isEmpty() ? madeUp
					: Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(endpoint.parameters())),
							Tuple.of(1, madeUp));
			Arbitrary<String> parameter = Combinators.combine(name, HostileInput.encodedValues())
				.as((key, value) -> key + "=" + value);
			Arbitrary<String> query = parameter.list().ofMaxSize(4).map(list -> String.join("&", list));
			Arbitrary<String> accept = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(null)),
					Tuple.of(2, Arbitraries.of(ACCEPT)));
			return Combinators.combine(path, query, accept)
				.as((p, q, a) -> new Request(q.isEmpty() ? p : p + "?" + q, a));
		});
	}

	/** Each variable of the template replaced by a hostile value, percent-encoded as a path segment. */
	private static Arbitrary<String> pathOf(String template) {
		Matcher variables = PATH_VARIABLE.matcher(template);
		int count = 0;
		while (variables.find()) {
			count++;
		}
		if (count == 0) {
			return Arbitraries.just(template);
		}
		return HostileInput.encodedValues().map(value -> value.replace("+", "%20")).list().ofSize(count).map(values -> {
			StringBuilder path = new StringBuilder();
			Matcher matcher = PATH_VARIABLE.matcher(template);
			int next = 0;
			while (matcher.find()) {
				String value = values.get(next++);
				matcher.appendReplacement(path, Matcher.quoteReplacement(value.isEmpty() ? "%20" : value));
			}
			matcher.appendTail(path);
			return path.toString();
		});
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

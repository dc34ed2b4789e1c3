package org.cstofacts.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.cstofacts.kernel.web.InvalidParameterException;
import org.cstofacts.kernel.web.PagingParameters;
import org.cstofacts.kernel.web.ResourceNotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Walks every error path a controller can take and checks each answer is a complete RFC 9457 problem. */
@WebMvcTest(controllers = ProblemResponsesTest.ErrorPathsController.class)
@Import(ProblemResponsesTest.ErrorPathsController.class)
class ProblemResponsesTest {

	@Autowired
	private MockMvc mvc;

	private ResultActions expectProblem(ResultActions result, HttpStatus status, String instance) throws Exception {
		return result.andExpect(status().is(status.value()))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(not(emptyOrNullString())))
			.andExpect(jsonPath("$.title").value(not(emptyOrNullString())))
			.andExpect(jsonPath("$.status").value(status.value()))
			.andExpect(jsonPath("$.detail").value(not(emptyOrNullString())))
			.andExpect(jsonPath("$.instance").value(instance))
			.andExpect(content().string(not(containsString("java."))))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	private ResultActions expectInvalidParameter(ResultActions result, String instance, String parameter)
			throws Exception {
		return expectProblem(result, HttpStatus.BAD_REQUEST, instance)
			.andExpect(jsonPath("$.type").value(Problems.INVALID_PARAMETER.toString()))
			.andExpect(jsonPath("$.title").value("Invalid parameter"))
			.andExpect(jsonPath("$.parameter").value(parameter));
	}

	@Test
	void invalidParameterExceptionIsA400ProblemNamingTheParameter() throws Exception {
		expectInvalidParameter(this.mvc.perform(get("/api/test/invalid")), "/api/test/invalid", "color")
			.andExpect(jsonPath("$.detail").value("color must be red or blue"));
	}

	@Test
	void unknownResourceIsA404Problem() throws Exception {
		expectProblem(this.mvc.perform(get("/api/test/things/nobody")), HttpStatus.NOT_FOUND, "/api/test/things/nobody")
			.andExpect(jsonPath("$.type").value(Problems.RESOURCE_NOT_FOUND.toString()))
			.andExpect(jsonPath("$.title").value("Not found"))
			.andExpect(jsonPath("$.detail").value("No thing with id 'nobody'"));
	}

	@Test
	void unknownPathIsA404ProblemEvenWhenTheClientAsksForHtml() throws Exception {
		expectProblem(this.mvc.perform(get("/api/no-such-collection").accept(MediaType.TEXT_HTML)),
				HttpStatus.NOT_FOUND, "/api/no-such-collection")
			.andExpect(jsonPath("$.detail").value(containsString("/api/no-such-collection")));
	}

	@Test
	void numberParameterThatIsNoNumberIsA400NamingIt() throws Exception {
		expectInvalidParameter(this.mvc.perform(get("/api/test/count").param("limit", "many")), "/api/test/count",
				"limit")
			.andExpect(jsonPath("$.detail").value("limit must be a whole number, was 'many'"));
	}

	@Test
	void pathVariableThatIsNoNumberIsA400NamingIt() throws Exception {
		expectInvalidParameter(this.mvc.perform(get("/api/test/numbered/abc")), "/api/test/numbered/abc", "id");
	}

	@Test
	void malformedDateIsA400NamingTheParameter() throws Exception {
		expectInvalidParameter(this.mvc.perform(get("/api/test/dated").param("from", "2022-13-45")),
				"/api/test/dated", "from")
			.andExpect(jsonPath("$.detail").value(containsString("YYYY-MM-DD")));
	}

	@Test
	void unknownEnumValueIsA400ListingTheKnownOnes() throws Exception {
		expectInvalidParameter(this.mvc.perform(get("/api/test/kinds").param("kind", "LOUD")), "/api/test/kinds",
				"kind")
			.andExpect(jsonPath("$.detail").value(containsString("QUOTE, REPORTED")));
	}

	@Test
	void missingRequiredParameterIsA400NamingIt() throws Exception {
		expectInvalidParameter(this.mvc.perform(get("/api/test/count")), "/api/test/count", "limit");
	}

	@Test
	void pagingParameterOfTheWrongTypeIsA400NamingIt() throws Exception {
		expectInvalidParameter(this.mvc.perform(get("/api/test/paged").param("page", "first")), "/api/test/paged",
				"page")
			.andExpect(jsonPath("$.detail").value("page must be a whole number, was 'first'"));
	}

	@Test
	void pagingParameterOutOfRangeIsA400NamingIt() throws Exception {
		expectInvalidParameter(this.mvc.perform(get("/api/test/paged").param("size", "101")), "/api/test/paged",
				"size");
		expectInvalidParameter(this.mvc.perform(get("/api/test/paged").param("sort", "bogus,asc")),
				"/api/test/paged", "sort");
	}

	@Test
	void pagingParametersBindFromTheQueryString() throws Exception {
		this.mvc.perform(get("/api/test/paged").param("page", "2").param("size", "5").param("sort", "date,desc"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.sort").value("date: DESC"));
		this.mvc.perform(get("/api/test/paged").param("sort", "title").param("sort", "date,desc"))
			.andExpect(jsonPath("$.sort").value("title: ASC,date: DESC"));
	}

	@Test
	void malformedJsonBodyIsA400Problem() throws Exception {
		expectProblem(this.mvc.perform(post("/api/test/body").contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"unfinished")), HttpStatus.BAD_REQUEST, "/api/test/body");
	}

	@Test
	void bodyFieldOfTheWrongTypeIsA400NamingTheField() throws Exception {
		expectInvalidParameter(this.mvc.perform(post("/api/test/body").contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"words\", \"pages\": \"many\"}")), "/api/test/body", "pages");
	}

	@Test
	void unsupportedMethodIsA405ProblemListingTheAllowedOnes() throws Exception {
		expectProblem(this.mvc.perform(post("/api/test/count")), HttpStatus.METHOD_NOT_ALLOWED, "/api/test/count")
			.andExpect(header().string("Allow", containsString("GET")));
	}

	@Test
	void unacceptableMediaTypeIsA406ProblemInJson() throws Exception {
		expectProblem(this.mvc.perform(get("/api/test/json-only").accept(MediaType.APPLICATION_XML)),
				HttpStatus.NOT_ACCEPTABLE, "/api/test/json-only")
			.andExpect(jsonPath("$.detail").value(containsString("served as application/json")));
	}

	@Test
	void unsupportedContentTypeIsA415Problem() throws Exception {
		expectProblem(this.mvc.perform(post("/api/test/body").contentType(MediaType.APPLICATION_XML)
			.content("<text>words</text>")), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "/api/test/body");
	}

	@Test
	void tooLargeBodyIsA413Problem() throws Exception {
		expectProblem(this.mvc.perform(post("/api/test/too-large")), HttpStatus.CONTENT_TOO_LARGE,
				"/api/test/too-large")
			.andExpect(jsonPath("$.detail").value("The article is larger than 1 MiB"));
		expectProblem(this.mvc.perform(post("/api/test/upload-too-large")), HttpStatus.CONTENT_TOO_LARGE,
				"/api/test/upload-too-large");
	}

	@Test
	void unexpectedFailureIsA500ProblemWithoutInternals() throws Exception {
		expectProblem(this.mvc.perform(get("/api/test/broken")), HttpStatus.INTERNAL_SERVER_ERROR, "/api/test/broken")
			.andExpect(jsonPath("$.errorId").value(not(emptyOrNullString())))
			.andExpect(content().string(not(containsString("SELECT"))))
			.andExpect(content().string(not(containsString("IllegalState"))));
	}

	@RestController
	@RequestMapping("/api/test")
	static class ErrorPathsController {

		enum Kind {

			QUOTE, REPORTED

		}

		record Body(String text, Integer pages) {
		}

		@GetMapping("/invalid")
		String invalid() {
			throw new InvalidParameterException("color", "color must be red or blue");
		}

		@GetMapping("/things/{id}")
		String thing(@PathVariable String id) {
			throw new ResourceNotFoundException("thing", id);
		}

		@GetMapping("/count")
		int count(@RequestParam Integer limit) {
			return limit;
		}

		@GetMapping("/numbered/{id}")
		long numbered(@PathVariable long id) {
			return id;
		}

		@GetMapping("/dated")
		LocalDate dated(@RequestParam LocalDate from) {
			return from;
		}

		@GetMapping("/kinds")
		Kind kinds(@RequestParam Kind kind) {
			return kind;
		}

		@GetMapping("/paged")
		Map<String, Object> paged(PagingParameters paging) {
			Pageable pageable = paging.toPageable(Set.of("date", "title"), Sort.by("date"));
			return Map.of("page", pageable.getPageNumber(), "size", pageable.getPageSize(), "sort",
					pageable.getSort().toString());
		}

		@PostMapping(path = "/body", consumes = MediaType.APPLICATION_JSON_VALUE)
		Body body(@RequestBody Body body) {
			return body;
		}

		@GetMapping(path = "/json-only", produces = MediaType.APPLICATION_JSON_VALUE)
		Map<String, String> jsonOnly() {
			return Map.of("answer", "json");
		}

		@PostMapping("/too-large")
		void tooLarge() {
			throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "The article is larger than 1 MiB");
		}

		@PostMapping("/upload-too-large")
		void uploadTooLarge() {
			throw new MaxUploadSizeExceededException(1024 * 1024);
		}

		@GetMapping("/broken")
		String broken() {
			throw new IllegalStateException("SELECT secret FROM internals failed");
		}

	}

}

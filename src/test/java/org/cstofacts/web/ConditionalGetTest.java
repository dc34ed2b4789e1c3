package org.cstofacts.web;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cstofacts.kernel.web.ResourceNotFoundException;
import org.cstofacts.version.ApplicationVersion;
import org.cstofacts.version.DataVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = ConditionalGetTest.ItemsController.class)
@Import({ ConditionalGetTest.ItemsController.class, WebConfiguration.class, DataVersion.class,
		ApplicationVersion.class })
class ConditionalGetTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DataVersion dataVersion;

	@Autowired
	private ItemsController controller;

	@BeforeEach
	void resetCalls() {
		this.controller.calls.set(0);
	}

	private String entityTagOf(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andReturn();
		return result.getResponse().getHeader("ETag");
	}

	@Test
	void successfulGetCarriesAStrongETagAndAsksClientsToRevalidate() throws Exception {
		this.mvc.perform(get("/api/items").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", matchesPattern("\"[A-Za-z0-9_-]+\"")))
			.andExpect(header().string("Cache-Control", "no-cache"))
			.andExpect(header().stringValues("Vary", hasItems("Accept", "Origin")));
	}

	@Test
	void matchingIfNoneMatchIsA304WithoutRunningTheController() throws Exception {
		String tag = entityTagOf("/api/items");

		this.mvc.perform(get("/api/items").accept(MediaType.APPLICATION_JSON).header("If-None-Match", tag))
			.andExpect(status().isNotModified())
			.andExpect(header().string("ETag", tag))
			.andExpect(header().string("Cache-Control", "no-cache"))
			.andExpect(content().string(""));

		assertThat(this.controller.calls).hasValue(1);
	}

	@Test
	void tagInAListOrComparedWeaklyStillMatches() throws Exception {
		String tag = entityTagOf("/api/items");

		this.mvc.perform(get("/api/items").accept(MediaType.APPLICATION_JSON)
			.header("If-None-Match", "\"other\", W/" + tag))
			.andExpect(status().isNotModified());
	}

	@Test
	void staleTagGetsTheFullAnswer() throws Exception {
		this.mvc.perform(get("/api/items").accept(MediaType.APPLICATION_JSON)
			.header("If-None-Match", "\"not-the-current-tag\""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("item")));
	}

	@Test
	void everyWriteChangesTheTag() throws Exception {
		String before = entityTagOf("/api/items");

		this.dataVersion.changed();

		assertThat(entityTagOf("/api/items")).isNotEqualTo(before);
		this.mvc.perform(get("/api/items").accept(MediaType.APPLICATION_JSON).header("If-None-Match", before))
			.andExpect(status().isOk());
	}

	@Test
	void tagDependsOnQueryAndAcceptedMediaType() throws Exception {
		String plain = entityTagOf("/api/items");

		assertThat(entityTagOf("/api/items?page=1")).isNotEqualTo(plain);
		String anyType = this.mvc.perform(get("/api/items").accept(MediaType.ALL))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(anyType).isNotEqualTo(plain);
	}

	@Test
	void headCarriesTheTagOfTheGet() throws Exception {
		String tag = entityTagOf("/api/items");

		this.mvc.perform(head("/api/items").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", tag));
	}

	@Test
	void wildcardIsA304OnlyWhenTheResourceExists() throws Exception {
		this.mvc.perform(get("/api/items").accept(MediaType.APPLICATION_JSON).header("If-None-Match", "*"))
			.andExpect(status().isNotModified())
			.andExpect(header().exists("ETag"))
			.andExpect(content().string(""));
		this.mvc.perform(get("/api/items/missing").accept(MediaType.APPLICATION_JSON).header("If-None-Match", "*"))
			.andExpect(status().isNotFound())
			.andExpect(header().doesNotExist("ETag"))
			.andExpect(content().string(containsString("No item with id 'missing'")));
	}

	@Test
	void errorsCarryNoValidators() throws Exception {
		this.mvc.perform(get("/api/items/missing").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(header().doesNotExist("ETag"))
			.andExpect(header().doesNotExist("Cache-Control"));
	}

	@Test
	void writesAndPathsOutsideTheApiCarryNoTag() throws Exception {
		this.mvc.perform(post("/api/items")).andExpect(status().isOk()).andExpect(header().doesNotExist("ETag"));
		this.mvc.perform(get("/outside")).andExpect(status().isOk()).andExpect(header().doesNotExist("ETag"));
	}

	@RestController
	@RequestMapping
	static class ItemsController {

		final AtomicInteger calls = new AtomicInteger();

		@GetMapping("/api/items")
		String items() {
			this.calls.incrementAndGet();
			return "[\"item\"]";
		}

		@GetMapping("/api/items/{id}")
		String item(@PathVariable String id) {
			throw new ResourceNotFoundException("item", id);
		}

		@PostMapping("/api/items")
		String add() {
			return "added";
		}

		@GetMapping("/outside")
		String outside() {
			return "outside";
		}

	}

}

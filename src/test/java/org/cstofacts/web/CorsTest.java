package org.cstofacts.web;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.cstofacts.version.ApplicationVersion;
import org.cstofacts.version.DataVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = CorsTest.DocumentsController.class)
@Import({ CorsTest.DocumentsController.class, WebConfiguration.class, DataVersion.class, ApplicationVersion.class })
@TestPropertySource(properties = "csto.cors.write-origins=https://editor.example.org")
class CorsTest {

	private static final String ANY_SITE = "http://example.test";

	private static final String WRITER = "https://editor.example.org";

	@Autowired
	private MockMvc mvc;

	@Test
	void anyOriginMayRead() throws Exception {
		this.mvc.perform(get("/api/documents").header("Origin", ANY_SITE))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", ANY_SITE))
			.andExpect(header().string("Access-Control-Expose-Headers", containsString("ETag")));
	}

	@Test
	void anyOriginMayPreflightARead() throws Exception {
		this.mvc.perform(options("/api/documents").header("Origin", ANY_SITE)
			.header("Access-Control-Request-Method", "GET"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", ANY_SITE))
			.andExpect(header().string("Access-Control-Allow-Methods", containsString("GET")));
	}

	@Test
	void otherOriginsMayNotWrite() throws Exception {
		this.mvc.perform(options("/api/documents").header("Origin", ANY_SITE)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "X-API-Key, Content-Type"))
			.andExpect(status().isForbidden())
			.andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
		this.mvc.perform(post("/api/documents").header("Origin", ANY_SITE)).andExpect(status().isForbidden());
	}

	@Test
	void configuredWriteOriginMayWriteWithAnApiKey() throws Exception {
		this.mvc.perform(options("/api/documents/1").header("Origin", WRITER)
			.header("Access-Control-Request-Method", "DELETE")
			.header("Access-Control-Request-Headers", "X-API-Key"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", WRITER))
			.andExpect(header().string("Access-Control-Allow-Methods", containsString("DELETE")))
			.andExpect(header().string("Access-Control-Allow-Headers", containsString("X-API-Key")));
		this.mvc.perform(post("/api/documents").header("Origin", WRITER))
			.andExpect(status().isCreated())
			.andExpect(header().string("Access-Control-Allow-Origin", WRITER))
			.andExpect(header().string("Access-Control-Expose-Headers", containsString("Location")));
	}

	@Test
	void everyAnswerCarriesTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/api/documents"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(header().string("Content-Security-Policy", SecurityHeadersFilter.CONTENT_SECURITY_POLICY));
		this.mvc.perform(get("/api/unknown"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")));
	}

	@Test
	void swaggerUiMayStyleItsElementsInline() throws Exception {
		this.mvc.perform(get("/swagger-ui/index.html"))
			.andExpect(header().string("Content-Security-Policy", containsString("style-src 'self' 'unsafe-inline'")));
		this.mvc.perform(get("/api/documents"))
			.andExpect(header().string("Content-Security-Policy",
					not(containsString("unsafe-inline"))));
	}

	@RestController
	static class DocumentsController {

		@GetMapping("/api/documents")
		String documents() {
			return "[]";
		}

		@PostMapping("/api/documents")
		ResponseEntity<String> add() {
			return ResponseEntity.created(URI.create("/api/documents/1")).body("{}");
		}

		@DeleteMapping("/api/documents/{id}")
		void delete() {
		}

	}

}
